local function E(f, ...) print(pcall(f, ...)) end
print(string.match("a.b", "%."), string.match("a]b", "%]"), string.match("a%b", "%%"), string.match("a b", "% "))
print(string.match("a\"b", "%\""), string.match("a/b", "%/"), string.match("a'b", "%'"))
print(string.gsub("a_b", "%_", "-"))
