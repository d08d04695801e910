local o = setmetatable({}, {__index = function(t, k) return function(self, a) return k .. a end end})
print(o:hello("!"))
