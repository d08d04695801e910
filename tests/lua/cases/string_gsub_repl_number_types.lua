local function E(f, ...) print(pcall(f, ...)) end
print(string.gsub("abc", "b", 1))
print(string.gsub("abc", "b", 1.5))
print(string.gsub("abc", "b", 1e100))
print(string.gsub("abc", "b", -0.0))
print(string.gsub("abc", "b", function() return 2^53 end))
print(string.gsub("abc", "b", {b = 1/3}))
