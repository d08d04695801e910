local t = setmetatable({}, {__index = function() return "meta" end, __newindex = function() error("no") end})
print(t.x, rawget(t, "x"))
rawset(t, "x", 1)
print(t.x)
