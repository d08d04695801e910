local base = {greet = function() return "hi" end}
local mid = setmetatable({}, {__index = base})
local obj = setmetatable({}, {__index = mid})
print(obj.greet(), obj.nothing, rawget(obj, "greet"))
local f = setmetatable({}, {__index = function(t, k) return k .. "?" end})
print(f.abc, f[1])
local store = {}
local p = setmetatable({}, {__newindex = store})
p.x = 5
print(rawget(p, "x"), store.x)
local q = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 10) end})
q.y = 4
q.y = 6
print(q.y)
local a, b = {}, {}
setmetatable(a, {__index = b}) setmetatable(b, {__index = a})
print(pcall(function() return a.zz end))
setmetatable(a, {__newindex = b}) setmetatable(b, {__newindex = a})
print(pcall(function() a.zz = 1 end))
local mt = {}
local late = setmetatable({}, mt)
mt.__index = function() return "late" end
print(late.k)
local ro = setmetatable({}, {__metatable = false})
print(getmetatable(ro), pcall(setmetatable, ro, nil))
local e1 = function() return true end
local A, B = setmetatable({}, {__eq = e1}), setmetatable({}, {__eq = e1})
local C = setmetatable({}, {__eq = function() return true end})
print(A == B, A == C, A ~= B, A == {}, rawequal(A, B))
