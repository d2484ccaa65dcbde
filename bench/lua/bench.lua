-- The LuaJIT benchmark: lookups through the httpstatus module next to a plain Lua table index, the
-- language's own table, in the same process.  Prints ns/op (median of several samples) and the ratio.
-- Run by bench/run.sh: luajit bench/lua/bench.lua TOP_SRCDIR, with LIBHTTPSTATUS_PATH set.
-- BENCH_SHORT=1 is the quick mode.  Figures, not a test.
local top = arg[1] or "."
package.path = top .. "/bindings/lua/?.lua;" .. top .. "/bindings/lua/?/init.lua;" .. package.path

local ffi = require("ffi")
local hs = require("httpstatus")

ffi.cdef [[
struct hs_bench_timespec { long tv_sec; long tv_nsec; };
int clock_gettime(int clock, struct hs_bench_timespec *ts);
]]
local ts = ffi.new("struct hs_bench_timespec")
local function now_ns()
	ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
	return tonumber(ts.tv_sec) * 1e9 + tonumber(ts.tv_nsec)
end

local short = os.getenv("BENCH_SHORT")
short = short ~= nil and short ~= "" and short ~= "0"
local REPEATS = short and 3 or 15
local SAMPLE_NS = short and 2e6 or 20e6
local INPUTS = 4096

-- ---- Inputs: every key, drawn at random (fixed seed), so no branch or cache sees one answer ----

math.randomseed(20260101)
local rand = math.random -- rand(n): 1..n

local function scramble(s)
	return (s:gsub("%a", function(c)
		if rand(2) == 1 then return c:upper() end
		return c:lower()
	end))
end

local statuses, names, phrases = hs.status_list(), {}, {}
for _, s in ipairs(statuses) do
	names[#names + 1] = s.name
	phrases[#phrases + 1] = s.phrase
end
for _, a in ipairs(hs.alias_list()) do
	if a.kind == "name" then names[#names + 1] = a.text else phrases[#phrases + 1] = a.text end
end

-- The language's own tables: the records keyed by code and by name, and by lower-case phrase.
local own_by_code, own_by_name, own_by_lower_name, own_by_phrase = {}, {}, {}, {}
for _, s in ipairs(statuses) do own_by_code[s.code] = s end
for _, n in ipairs(names) do own_by_name[n], own_by_lower_name[n:lower()] = hs.from_name(n), hs.from_name(n) end
for _, p in ipairs(phrases) do own_by_phrase[p:lower()] = hs.from_phrase(p) end

local codes, name_in, name_ci_in, phrase_in = {}, {}, {}, {}
for i = 1, INPUTS do
	codes[i] = statuses[rand(#statuses)].code
	name_in[i] = names[rand(#names)]
	name_ci_in[i] = scramble(names[rand(#names)])
	phrase_in[i] = scramble(phrases[rand(#phrases)])
end

-- ---- The operations: each loop is its own function, so each JIT trace sees one lookup ----------

local C = ffi.load(hs.loaded_from) -- the unchecked C functions, for the raw row (declared by the binding)
local from_code, from_name, from_name_ci, from_phrase = hs.from_code, hs.from_name, hs.from_name_ci,
	hs.from_phrase
local lookup = hs.lookup
local lower = string.lower
local MASK = INPUTS - 1

local rows = {
	{ "b", "Lua table index t[code]", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if own_by_code[codes[i % INPUTS + 1]] ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ " ", "httpstatus.from_code(code)", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if from_code(codes[i % INPUTS + 1]) ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ " ", "raw FFI C.httpstatus_status_from_code(code)", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if C.httpstatus_status_from_code(codes[i % INPUTS + 1]) ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ "b", "Lua table index t[name]", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if own_by_name[name_in[i % INPUTS + 1]] ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ " ", "httpstatus.from_name(name)", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if from_name(name_in[i % INPUTS + 1]) ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ "b", "Lua table index t[name:lower()] (mixed case)", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if own_by_lower_name[lower(name_ci_in[i % INPUTS + 1])] ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ " ", "httpstatus.from_name_ci(name) (mixed case)", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if from_name_ci(name_ci_in[i % INPUTS + 1]) ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ "b", "Lua table index t[phrase:lower()] (mixed case)", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if own_by_phrase[lower(phrase_in[i % INPUTS + 1])] ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ " ", "httpstatus.from_phrase(phrase) (mixed case)", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if from_phrase(phrase_in[i % INPUTS + 1]) ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ " ", "httpstatus.lookup(code)", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if lookup(codes[i % INPUTS + 1]) ~= nil then hits = hits + 1 end
		end
		return hits
	end },
	{ " ", "httpstatus.lookup(name)", function(n)
		local hits = 0
		for i = 0, n - 1 do
			if lookup(name_in[i % INPUTS + 1]) ~= nil then hits = hits + 1 end
		end
		return hits
	end },
}
-- Which row is compared with which baseline (row indexes), each with the 2x target.
local comparisons = { { 2, 1 }, { 3, 1 }, { 5, 4 }, { 7, 6 }, { 9, 8 }, { 10, 1 }, { 11, 4 } }

local function time_row(row, n)
	local t0 = now_ns()
	local hits = row[3](n)
	local t = now_ns() - t0
	if hits ~= n then error(("bench: %s found %d of %d keys"):format(row[2], hits, n)) end
	return t
end

for _, row in ipairs(rows) do
	time_row(row, 100000) -- let the JIT compile the loop
	local n = 1024
	local t = time_row(row, n)
	while t < SAMPLE_NS / 8 do
		n = n * 2
		t = time_row(row, n)
	end
	row.iters = math.floor(n * SAMPLE_NS / t) + 1
	row.samples = {}
end
for k = 1, REPEATS do
	for _, row in ipairs(rows) do row.samples[k] = time_row(row, row.iters) / row.iters end
end

print(("LuaJIT benchmark (%s)%s: %d samples per row, median; inputs rotate through %d codes, %d names, %d phrases")
	:format(jit and jit.version or _VERSION, short and " (short mode)" or "", REPEATS, #statuses, #names, #phrases))
print(("%-50s %8s %8s %8s"):format("operation (b: a baseline)", "ns/op", "min", "max"))
for _, row in ipairs(rows) do
	table.sort(row.samples)
	row.median = row.samples[math.floor(REPEATS / 2) + 1]
	print(("%s %-48s %8.2f %8.2f %8.2f"):format(row[1], row[2], row.median, row.samples[1], row.samples[REPEATS]))
end
print()
print(("%-48s %-48s %7s  %s"):format("operation", "against the baseline", "ratio", "target"))
for _, c in ipairs(comparisons) do
	local op, base = rows[c[1]], rows[c[2]]
	local x = op.median / base.median
	local target = op[2]:find("^raw") and "" or ("<= 2x: " .. (x <= 2 and "met" or "MISSED"))
	print(("%-48s %-48s %6.2fx  %s"):format(op[2], base[2], x, target))
end
