-- httpstatus.diagnose: what httpstatus.library says of a file it refuses, read only when loading
-- fails: what a file that does not load as a shared library is, and a version number as text.
-- Part of httpstatus.library, which runs this file from beside itself (never through
-- package.loaded).
local io, math = io, math

-- What a file that does not load as a shared library is, read from its first bytes.
local function unloadable(path)
	local f = io.open(path, "rb")
	if f == nil then return "there is no such file" end
	local head, err = f:read(64)
	f:close()
	if head == nil and err ~= nil then
		if err:find("directory", 1, true) then return "it is a directory" end
		return "it cannot be read (" .. err .. ")"
	end
	head = head or ""
	if head:sub(1, 8) == "!<arch>\n" then return "it is a static archive (.a), not a shared library" end
	if head:sub(1, 4) ~= "\127ELF" then
		local text = head:gsub("^%s*/%*.-%*/%s*", "")
		if text:match("^%s*INPUT") or text:match("^%s*GROUP") or text:match("^%s*OUTPUT_FORMAT")
			or head:match("^%s*/%*") then
			return "it is a linker script, not a shared library"
		end
		return "it is not an ELF shared library"
	end
	return nil
end

local function version_text(n)
	return ("%d.%d.%d"):format(math.floor(n / 65536), math.floor(n / 256) % 256, n % 256)
end

return { unloadable = unloadable, version_text = version_text }
