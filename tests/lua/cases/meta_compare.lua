local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local function new(v) return setmetatable({v = v}, mt) end
local a, b = new(1), new(2)
print(a < b, a > b, a <= b, a >= b, b <= b)
local only_lt = {__lt = function(a, b) return a.v < b.v end}
local c, d = setmetatable({v = 1}, only_lt), setmetatable({v = 2}, only_lt)
print(c <= d, d <= c, c >= d)
print(pcall(function() return a < setmetatable({v = 3}, {__lt = mt.__lt}) end))
print(pcall(function() return a < 1 end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return "a" >= 1 end))
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
local nilret = setmetatable({}, {__lt = function() return nil end, __le = function() return 0 end})
print(nilret < nilret, nilret <= nilret)
