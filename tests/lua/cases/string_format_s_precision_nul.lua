local function E(f, ...) print(pcall(f, ...)) end
print(#string.format("%.3s", "ab\0cd"), #string.format("%5s", "a\0b"), #string.format("%-5s|", "a\0b"))
print(#string.format("%s", string.rep("z", 99) .. "\0tail"), #string.format("%s", string.rep("z", 100) .. "\0tail"))
