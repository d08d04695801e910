local function E(f, ...) print(pcall(f, ...)) end
print(string.match("a\nb", "a.b") == "a\nb", string.match("a\nb", "^.*$") == "a\nb")
print(string.gsub("l1\nl2\nl3", "\n", " | "))
local lines = {}
for line in string.gmatch("l1\nl2\n\nl4", "[^\n]*") do lines[#lines + 1] = "[" .. line .. "]" end
print(table.concat(lines))
