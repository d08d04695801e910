local function E(f, ...) print(pcall(f, ...)) end
print(string.match("f(a(b)c)d", "%b()"))
print(string.match("x = {1, {2}, 3} y", "%b{}"))
print(string.match("((unbalanced", "%b()"))
print(string.match("[[a]]", "%b[]"))
print(string.match("<<>", "%b<>"))
print(string.gsub("a (b) c (d (e))", "%b()", "X"))
print(string.match("abba", "%bab"))
print(string.match("aab", "%baa"))
