local function E(f, ...) print(pcall(f, ...)) end
print(string.match(3.25, "%d+"), string.match(1e20, "e(.*)"), string.match(-0.5, "^%-"), string.find(100, 0))
print(string.match("10", 0), string.match(1000, 0+0), string.gsub(12321, 2, 9))
