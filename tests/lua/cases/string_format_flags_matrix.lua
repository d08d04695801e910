local function E(f, ...) print(pcall(f, ...)) end
local flags = {"", "-", "+", " ", "#", "0", "-+", "+0", " 0", "#0", "-#"}
for _, f in ipairs(flags) do
  print("[" .. f .. "]", string.format("%" .. f .. "8d|%" .. f .. "8.2f|%" .. f .. "8x|%" .. f .. "10.3e|%" .. f .. "8g", -12, 3.14159, 255, 12345.6789, 0.5))
end
