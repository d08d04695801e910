local mt = {__concat = function(a, b)
  local x = type(a) == "table" and "T" or tostring(a)
  local y = type(b) == "table" and "T" or tostring(b)
  return x .. "+" .. y
end}
local t = setmetatable({}, mt)
print(t .. "s", "s" .. t, 1 .. t, t .. t)
print("a" .. "b" .. t .. "c" .. "d")
print(t .. 1 .. 2)
print(pcall(function() return {} .. "x" end))
print(pcall(function() local u = {} return "x" .. u end))
print(pcall(function() return t .. {} end))
local tbl = setmetatable({}, {__concat = function(a, b) return {} end})
print(type(tbl .. "x"))
