local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%e", 12345.678), string.format("%E", 0.0001), string.format("%.0e", 12345), string.format("%#.0e", 5))
print(string.format("%.3e|%12.3e|%-12.3e|%012.3e|%+e", 3.14159, 3.14159, 3.14159, -3.14159, 1))
print(string.format("%e", 0), string.format("%e", 1e300), string.format("%e", 1e-300), string.format("%e", 5e-324))
print(string.format("%.30e", 1/3))
print(string.format("%e", 9.9999999e10), string.format("%.2e", 9.995), string.format("%.2e", 9.985))
