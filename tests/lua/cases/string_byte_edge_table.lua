local function E(f, ...) print(pcall(f, ...)) end
local s = "abc"
for i = -4, 4 do
  print(i, select("#", string.byte(s, i)), string.byte(s, i, i + 1))
end
