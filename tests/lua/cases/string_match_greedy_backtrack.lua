local function E(f, ...) print(pcall(f, ...)) end
print(string.match("aaaa", "(a*)(a*)"))
print(string.match("aaaa", "(a-)(a*)"))
print(string.match("aaaa", "(a+)(a+)"))
print(string.match("aaaa", "(a?)(a?)(a*)"))
print(string.match("abcabc", "(.*)c"))
print(string.match("abcabc", "(.-)c"))
print(string.match("ab", "(a?)(b?)(c?)"))
