local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%u %o %x %X", 255, 255, 255, 255))
print(string.format("%x", -1), string.format("%u", -1), string.format("%o", -1))
print(string.format("%x", 2^63), string.format("%x", 2^64), string.format("%x", 1e300), string.format("%x", -1e300))
print(string.format("%#x %#X %#o %#x %#o", 255, 255, 8, 0, 0))
print(string.format("%08x|%-8X|%.4x|%#.4x|%#10x|%#-10o|", 3054, 3054, 15, 15, 255, 8))
print(string.format("%+u|% u|%+x", 5, 5, 5))
print(string.format("%x", 3.99), string.format("%x", -3.99), string.format("%X", 0xDEADBEEF))
