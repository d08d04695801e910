local function E(f, ...) print(pcall(f, ...)) end
local s = "aZ9 _!\t\n\0\127\200"
for _, c in ipairs({"%a","%c","%d","%l","%p","%s","%u","%w","%x","%z","%A","%C","%D","%L","%P","%S","%U","%W","%X","%Z","."}) do
  local n = 0
  for i = 0, 255 do
    if string.find(string.char(i), "^" .. c .. "$") then n = n + 1 end
  end
  print(c, n)
end
print(string.byte((string.gsub(s, "%w", "#")), 1, -1))
