local t = {}
for i = 1, 100 do t["k" .. i] = i end
for i = 1, 50 do t["k" .. i] = nil end
for i = 101, 300 do t["k" .. i] = i end
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n, getmetatable(t))
local u = {}
for i = 1, 10 do u["a" .. i] = true end
for k in pairs(u) do u[k] = nil end
for i = 1, 100 do u["b" .. i] = i end
local c = 0 for _ in pairs(u) do c = c + 1 end
print(c)
local v = setmetatable({}, {})
v.x = 1 v.y = 2 v.x = nil
for i = 1, 100 do v["z" .. i] = i end
local d = 0 for _ in pairs(v) do d = d + 1 end
print(d)
local w = {}
local val
for i = 1, 20 do w["q" .. i] = i end
for i = 1, 20 do w["q" .. i] = val end
for i = 1, 200 do w["r" .. i] = i end
print(#w, w.r200)
