local function f() error("lvl2", 2) end
local ok, e = pcall(function()
  f()
end)
print(e)
