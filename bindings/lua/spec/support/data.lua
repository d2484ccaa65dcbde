-- Test support: the project's data files (data/*.csv: '#' comments, a header row, RFC 4180 quoting)
-- read independently of the library, and the environment the test harness sets.
local support = {}

support.top_srcdir = assert(os.getenv("top_srcdir"), "top_srcdir is not set (run the specs through make check)")
support.library = assert(os.getenv("LIBHTTPSTATUS_PATH"), "LIBHTTPSTATUS_PATH is not set")

-- One CSV line (which holds no newline inside quotes in our files) as a list of fields.
local function split(line)
	local fields, i, n = {}, 1, #line
	while i <= n + 1 do
		if line:sub(i, i) == '"' then
			local buf, j = {}, i + 1
			while true do
				local q = assert(line:find('"', j, true), "unterminated quote: " .. line)
				buf[#buf + 1] = line:sub(j, q - 1)
				if line:sub(q + 1, q + 1) == '"' then
					buf[#buf + 1] = '"'
					j = q + 2
				else
					i = q + 2
					break
				end
			end
			fields[#fields + 1] = table.concat(buf)
		else
			local comma = line:find(",", i, true) or n + 1
			fields[#fields + 1] = line:sub(i, comma - 1)
			i = comma + 1
		end
	end
	return fields
end

-- The rows of data/NAME as tables keyed by the header's column names, in file order.
function support.csv(name)
	local rows, header = {}, nil
	for line in io.lines(support.top_srcdir .. "/data/" .. name) do
		if line ~= "" and line:sub(1, 1) ~= "#" then
			local fields = split(line)
			if header == nil then
				header = fields
			else
				assert(#fields == #header, "wrong field count in data/" .. name .. ": " .. line)
				local row = {}
				for k, column in ipairs(header) do row[column] = fields[k] end
				rows[#rows + 1] = row
			end
		end
	end
	return rows
end

return support
