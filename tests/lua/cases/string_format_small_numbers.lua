local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%g|%e|%.3g|%f", 1e-5, 1e-5, 0.000123456, 1e-7))
print(string.format("%g|%g|%g", 0.0001234, 0.00001234, 123e-10))
print(string.format("%.15g|%.16g|%.17g", 0.3, 0.3, 0.3))
