local function E(f, ...) print(pcall(f, ...)) end
local s = "abcde"
for i = -7, 7, 2 do
  local row = {}
  for j = -7, 7, 2 do row[#row + 1] = "[" .. string.sub(s, i, j) .. "]" end
  print(i, table.concat(row))
end
