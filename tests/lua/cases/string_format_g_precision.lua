local function E(f, ...) print(pcall(f, ...)) end
for p = 0, 17 do
  print(p, string.format("%." .. p .. "g", math.pi), string.format("%." .. p .. "e", 2/3), string.format("%." .. p .. "f", 1/7))
end
