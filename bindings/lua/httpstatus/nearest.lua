-- httpstatus.nearest: the field of the module nearest to a name it lacks, for the error that names
-- it (hs.NOT_FOUDN: "did you mean NOT_FOUND?"), read only then.  Part of httpstatus, which runs
-- this file from beside itself (never through package.loaded) with the name and the module's
-- table; required on its own it refuses.
local asked, I = ...
if I == nil or asked == nil or asked.M == nil then
	error("httpstatus.nearest is a part of httpstatus, not a module of its own", 2)
end
local byte, lower, next, type, floor = I.byte, I.lower, I.next, I.type, I.floor

-- The edit distance of A and B (insertions, deletions, substitutions and swaps of neighbours).
local function distance(a, b)
	local la, lb, rows = #a, #b, {}
	for i = 0, la do rows[i] = { [0] = i } end
	for j = 0, lb do rows[0][j] = j end
	for i = 1, la do
		for j = 1, lb do
			local cost = byte(a, i) == byte(b, j) and 0 or 1
			local d = rows[i - 1][j] + 1
			if rows[i][j - 1] + 1 < d then d = rows[i][j - 1] + 1 end
			if rows[i - 1][j - 1] + cost < d then d = rows[i - 1][j - 1] + cost end
			if i > 1 and j > 1 and byte(a, i) == byte(b, j - 1) and byte(a, i - 1) == byte(b, j)
				and rows[i - 2][j - 2] + 1 < d then
				d = rows[i - 2][j - 2] + 1
			end
			rows[i][j] = d
		end
	end
	return rows[la][lb]
end

-- The nearest name, ignoring case first, then exactly; nil when none is within a third of its length.
local key, best, best_folded, best_exact = asked.key, nil, nil, nil
local folded = lower(key)
local names = { raw = true }
for name in next, asked.M do names[name] = true end
for name in next, names do
	if type(name) == "string" then
		local f, e = distance(folded, lower(name)), distance(key, name)
		if best == nil or f < best_folded or (f == best_folded and (e < best_exact or e == best_exact and name < best)) then
			best, best_folded, best_exact = name, f, e
		end
	end
end
if best ~= nil and best_folded <= floor(#key / 3) + 1 then return best end
return nil
