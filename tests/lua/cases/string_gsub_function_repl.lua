local function E(f, ...) print(pcall(f, ...)) end
print(string.gsub("hello world", "%w+", function(w) return string.upper(w) end))
print(string.gsub("hello world", "%w+", function(w) return #w end))
print(string.gsub("hello world", "%w+", function(w) end))
print(string.gsub("hello world", "%w+", function(w) return false end))
print(string.gsub("hello world", "(%w)(%w*)", function(a, b) return string.upper(a) .. b end))
print(string.gsub("abc", "()", function(p) return p end))
print(string.gsub("abc", "", function(m) return "<" .. m .. ">" end))
local n = 0
print(string.gsub("aaa", "a", function() n = n + 1 return n end))
print(string.gsub("x=1,y=2", "(%w)=(%w)", function(k, v) return v .. "=" .. k end))
print(string.gsub("abc", "%w", function(c) return c, "ignored" end))
