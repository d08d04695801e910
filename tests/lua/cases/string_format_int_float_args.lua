local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%d", 2^31 - 1), string.format("%d", -2^31), string.format("%d", 2^32), string.format("%d", 2^62))
print(string.format("%d", 0.999999), string.format("%d", -0.999999), string.format("%d", -0.0))
print(string.format("%5.2s|", 12.75), string.format("%x", 2^52 + 0.5), string.format("%o", 2^40))
