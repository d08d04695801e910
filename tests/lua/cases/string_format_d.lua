local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%d %d %d %d", 0, 42, -42, 2^31))
print(string.format("%d", 3.9), string.format("%d", -3.9), string.format("%d", 2^53), string.format("%d", -2^63))
print(string.format("%d", 1e300), string.format("%d", -1e300), string.format("%d", 2^63))
print(string.format("%i", 7), string.format("%5d|%-5d|%05d|%+d|% d", 7, 7, 7, 7, 7))
print(string.format("%.3d|%.0d|%.0d|%8.3d|%-8.3d|%08.3d", 7, 0, 1, -7, -7, 7))
print(string.format("%+05d|% 05d|%+ d|%- 5d|", 42, 42, 42, 42))
print(string.format("%d", "10"), string.format("%d", " 0x1A "), string.format("%d", "1e2"))
