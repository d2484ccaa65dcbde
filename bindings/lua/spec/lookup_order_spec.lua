-- The lookup order by text (exact name, then name ignoring case, then phrase), as the cases of
-- tests/lookup-order.tsv, which C and the other bindings' suites read too.
local hs = require("httpstatus")

describe("httpstatus.lookup", function()
	it("finds each case of tests/lookup-order.tsv as the table says", function()
		local n = 0
		for line in io.lines(os.getenv("top_srcdir") .. "/tests/lookup-order.tsv") do
			local text, code = line:match("^([^#\t][^\t]*)\t([^\t]+)\t[^\t]+$")
			if text ~= nil and text ~= "text" then
				local found = hs.lookup(text)
				if code == "-" then
					assert.is_nil(found, text)
				else
					assert.are.equal(tonumber(code), found and found.code, text)
				end
				n = n + 1
			end
		end
		assert.is_true(n >= 10)
	end)
end)
