local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%g %g %g %g", 100000, 1000000, 0.0001, 0.00001))
print(string.format("%g %G %g %g", 1e20, 1e-20, 123456789, 0.1))
print(string.format("%.0g|%.1g|%.2g|%#.3g|%#g|%g", 123, 123, 123, 1, 1.0, 0))
print(string.format("%10.4g|%-10.4g|%010.4g|%+g|% g", 3.14159, 3.14159, 3.14159, 2.5, 2.5))
print(string.format("%.14g %.17g %.14g", 0.1, 0.1, 2^53))
print(string.format("%g", 1e15), string.format("%g", 123456), string.format("%g", 1234567), string.format("%G", 1.5e-7))
print(string.format("%#.10g", 0.5), string.format("%.20g", 1/3))
