local log = {}
local t = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 2) end})
t.a = 5
print(t.a)
