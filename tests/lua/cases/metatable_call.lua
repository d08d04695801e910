local t = setmetatable({}, {__call = function(self, a) return a + 1 end})
print(t(41))
