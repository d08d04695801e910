local function E(f, ...) print(pcall(f, ...)) end
print(select("#", string.match("abc", "(a)(b)(c)")), select("#", string.match("abc", "x")), select("#", string.match("abc", "b")))
print(select("#", string.find("abc", "(a)(b)")), select("#", string.find("abc", "x")), select("#", string.find("abc", "b", 1, true)))
