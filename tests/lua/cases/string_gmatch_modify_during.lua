local function E(f, ...) print(pcall(f, ...)) end
local s = "a,b,c"
local out = {}
for w in string.gmatch(s, "[^,]+") do
  s = "changed"
  out[#out + 1] = w
end
print(table.concat(out, ";"), s)
