local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%q", 'he said "hi"\n'))
print(string.format("%q", "a\\b\rc\0d"))
print(string.format("%q", "\1\2\255\t"))
print(string.format("%q", 1/3), string.format("%q", 10), string.format("%q", ""))
print(#string.format("%q", string.rep("\0", 10)))
print(string.format("%10q|", "x"))
E(function() local _ = string.format("%q") end)
E(function() local _ = string.format("%q", {}) end)
