local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%c%c%c", 76, 117, 97), string.format("%5c|%-5c|", 66, 67), string.format("%c", 65.7))
print(#string.format("%c", 0), #string.format("%5c|", 0), #string.format("%-5c|", 0), #string.format("x%cy", 0))
print(string.format("%c", 256 + 65), string.format("%c", "66"))
E(function() local _ = string.format("%c", "x") end)
E(function() local _ = string.format("%c") end)
