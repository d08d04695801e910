local V = {}
V.__index = V
local function new(x) return setmetatable({x = x}, V) end
V.__add = function(a, b)
  local ax = type(a) == "table" and a.x or a
  local bx = type(b) == "table" and b.x or b
  return new(ax + bx)
end
V.__sub = function(a, b) return new(a.x - (type(b) == "table" and b.x or b)) end
V.__mul = function(a, b) return "mul", "extra" end
V.__div = function(a, b) return "div" end
V.__mod = function(a, b) return "mod" end
V.__pow = function(a, b) return "pow" end
V.__unm = function(a, b) return "unm:" .. tostring(a == b) end
local a, b = new(1), new(2)
print((a + b).x, (a + 10).x, (10 + a).x, (b - a).x)
print(a * b, a / 2, 2 % a, a ^ a, -a)
local r = {a * b}
print(#r)
print(pcall(function() return a + {} end))
print(pcall(function() return {} + a end))
print(pcall(function() local t = {} return t * 2 end))
print(pcall(function() local s = "x" return 1 + s end))
print(" 10 " + 1, "0x10" * 2, "1e1" - 1, 7 % -3, -7 % 3, 5.5 % 2)
print(((-2)^63) % -1, 2^0.5, -"3")
