local function E(f, ...) print(pcall(f, ...)) end
print(string.find("key=value", "(%w+)=(%w+)"))
print(string.find("hello", "(l)(l)"))
print(string.find("hello", "()ll()"))
print(string.find("hello", "(h)(e)(l)(l)(o)"))
print(string.find("  x", "^%s*()"))
print(string.find("abc", "((a)(b))"))
