local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%d|%x|%o|%u|%e|%f|%g", 0, 0, 0, 0, 0, 0, 0))
print(string.format("%#x|%#o|%#e|%#f|%#g", 0, 0, 0, 0, 0))
print(string.format("%.0d|%.0x|%#.0o|%5.0d|", 0, 0, 0, 0))
print(string.format("%+d|%+e|%+f|%+g|% d", 0, 0, 0, 0, 0))
