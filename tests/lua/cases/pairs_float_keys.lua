-- Keys that are small fractions are ordinary keys: pairs, next and # see them.
local t = {[0.5] = 'a', [1.5] = 'b', [0.125] = 'c', [0.9375] = 'd', [0.0625] = 'e'}
local n, sum = 0, 0
for k, v in pairs(t) do n = n + 1; sum = sum + k end
print(n, sum)
print(next({[0.25] = 'x'}))
-- A metatable shows only its own keys, before and after use.
local mt = {__index = function(_, k) return k end}
local function count(x) local c = 0 for _ in pairs(x) do c = c + 1 end return c end
print(count(mt))
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(count(mt), a.foo, b.bar, getmetatable(a) == getmetatable(b))
for k in pairs(mt) do print(type(k), k) end
