local t = {}
setmetatable(t, {__index = t})
print(t.x)
