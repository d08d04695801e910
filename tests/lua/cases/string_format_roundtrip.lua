local function E(f, ...) print(pcall(f, ...)) end
local vals = {0, 1, -1, 0.5, 1/3, 2/3, 1e-10, 123456789.125, 1e21, 1e22, 2^-1074, 1.7976931348623157e308}
for _, v in ipairs(vals) do
  print(string.format("%.17g|%.3f|%.3e|%g", v, v, v, v))
end
