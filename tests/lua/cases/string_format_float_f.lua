local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%f", 3.14159), string.format("%.2f", 3.14159), string.format("%.0f", 2.5), string.format("%.0f", 3.5))
print(string.format("%.0f %.0f %.0f %.1f %.2f", 0.5, 1.5, 2.5, 0.25, 1.005))
print(string.format("%10.3f|%-10.3f|%010.3f|%+.2f|% .2f", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159))
print(string.format("%#.0f|%.20f|%.3f", 5, 0.1, -0.0005))
print(string.format("%f", 1e20), string.format("%.10f", 1/3), string.format("%f", -0.0))
print(string.format("%.99f", 1/3))
print(string.format("%f", 2^63), string.format("%.1f", 0.05), string.format("%.1f", 0.15))
