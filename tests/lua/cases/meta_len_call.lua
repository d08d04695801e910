local t = setmetatable({1, 2, 3}, {__len = function() return 99 end})
print(#t)
local mt = {}
local c = setmetatable({}, mt)
mt.__call = function(self, a, b) return a + b, "two" end
print(c(1, 2))
print((c(1, 2)))
mt.__call = c
print(pcall(function() return c() end))
mt.__call = nil
print(pcall(function() return c() end))
local m2 = {} local d = setmetatable({}, m2)
getmetatable(d).__call = function() return "late" end
print(d())
print(pcall(function() local x = setmetatable({}, {__call = 1}) return x() end))
