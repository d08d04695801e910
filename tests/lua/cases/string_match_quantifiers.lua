local function E(f, ...) print(pcall(f, ...)) end
print(string.match("aaab", "a*"), string.match("aaab", "a+"), string.match("aaab", "a-b"), string.match("aaab", "a?a?"))
print(string.match("b", "a*b"), string.match("b", "a+b"), string.match("b", "a-b"), string.match("b", "a?b"))
print(string.match("<a><b>", "<.->"), string.match("<a><b>", "<.*>"), string.match("xyz", ".-"), string.match("xyz", ".-$"))
print(string.match("123abc", "^%d*"), string.match("abc", "^%d*"), string.match("abc", "%d*$"))
print(string.match("aaa", "a-$"), string.match("aaa", "(a-)a"), string.match("aaa", "(a*)(a)"))
print(string.match("x+y", "x%+y"), string.match("x**", "x%*+"), string.match("?", "%??"))
