local function E(f, ...) print(pcall(f, ...)) end
print(string.match("abcabc", "(abc)%1"))
print(string.match('say "hi" now', "([\"'])(.-)%1"))
print(string.match("say 'hi\" now'", "([\"'])(.-)%1"))
print(string.match("aaa bbb", "(%a)%1%1"))
print(string.match("xyxy", "(x)(y)%1%2"))
print(string.match("xx", "()%1"))
print(string.match("abab", "(a(b))%2"))
