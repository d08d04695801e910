local function E(f, ...) print(pcall(f, ...)) end
local _, n = string.gsub("the cat and the hat", "the", "")
print(n)
local _, spaces = string.gsub("a b c d", " ", " ")
print(spaces)
print((string.gsub("abc", "b", "B")))
print(select("#", string.gsub("abc", "b", "B")))
