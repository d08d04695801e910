local function E(f, ...) print(pcall(f, ...)) end
print(string.find("", "%f[%a]"), string.find("a", "%f[%a]"), string.find("a", "%f[%A]"))
print(string.find("ab", "%f[%z]"))
print(string.gsub("one two", "%f[%S]", "^"))
print(string.gsub("one two", "%f[%s]", "$"))
print(string.match("hello-world", "%f[%w]%w+$"))
E(function() local _ = string.find("a", "%f[a") end)
