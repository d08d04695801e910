local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%99d", 1) == string.rep(" ", 98) .. "1")
print(#string.format("%99.99f", 1e300))
print(#string.format("%-99.10e|", 1))
print(string.format("%.99g", 0.1))
