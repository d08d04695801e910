local function E(f, ...) print(pcall(f, ...)) end
print(string.gsub("THE (quick) fox", "%f[%a]%a+", "W"))
print(string.gsub("hello world", "%f[%w]%w+", function(w) return "<" .. w .. ">" end))
print(string.find("THE (quick) fox", "%f[%a]", 2))
print(string.gsub("aaa", "%f[a]", "X"))
print(string.gsub("aaa", "%f[^a]", "X"))
print(string.match("foo123", "%f[%d]%d+"))
print(string.find("x", "%f[%z]"))
print(string.gsub("the cat sat", "%f[%w]", "|"))
