local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%g|%e|%.0f", 1e100, 1e100, 1e25))
print(string.format("%.0f", 2^70), string.format("%.0f", 1.7976931348623157e308) == string.format("%.0f", 1.7976931348623157e308))
print(#string.format("%.0f", 1.7976931348623157e308), string.sub(string.format("%.0f", 1.7976931348623157e308), 1, 20))
