local function E(f, ...) print(pcall(f, ...)) end
print(string.match("hello world", "((%a+) (%a+))"))
print(string.match("abcd", "(a(b(c)))(d)"))
print(string.match("abc", "()a()b()c()"))
print(string.match("abc", "(a)()"))
print(string.match("", "()"))
print(string.match("x", "(x*)(x*)"))
