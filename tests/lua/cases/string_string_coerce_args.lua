local function E(f, ...) print(pcall(f, ...)) end
print(string.find(12345, 34), string.match(3.14, "%.(%d+)"), string.gsub(1000, "0", "1"))
print(string.rep(7, 3), string.byte(9), string.upper(1.5e300), string.reverse(-12.5))
print(string.format("%s", 0.1), string.len(-0.0), string.len(1e100))
