local function E(f, ...) print(pcall(f, ...)) end
for _, v in ipairs({0, 1, 7, 8, 255, 4096, 65535}) do
  print(string.format("%6o|%-6o|%06o|%#6o|%6X|%#6x|%.4X", v, v, v, v, v, v, v))
end
