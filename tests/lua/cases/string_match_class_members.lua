local function E(f, ...) print(pcall(f, ...)) end
for _, c in ipairs({"%p","%c","%s","%x"}) do
  local t = {}
  for i = 0, 127 do
    if string.find(string.char(i), c) then t[#t + 1] = i end
  end
  print(c, table.concat(t, ","))
end
