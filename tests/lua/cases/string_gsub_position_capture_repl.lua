local function E(f, ...) print(pcall(f, ...)) end
print(string.gsub("hello", "()l", "%1"))
print(string.gsub("hello", "()", "%1"))
print(string.gsub("hello", "(l)()", "%2%1"))
print(string.gsub("abc", "()(.)", function(p, c) return p .. c end))
