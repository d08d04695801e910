local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%d", "42"), string.format("%.1f", "2.25"), string.format("%x", "255"), string.format("%s", 42))
print(string.format("%d", " 7 "), string.format("%g", "1e3"), string.format("%d", "0x10"), string.format("%.2f", "inf"))
print(string.format(42), string.format(1.5), string.format("%5.1f%%", 99.44))
print(string.format("%d items at %.2f = %s", 3, 1.5, "ok"))
