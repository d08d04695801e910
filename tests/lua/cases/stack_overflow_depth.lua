local n = 0
local function f() n = n + 1 return 1 + f() end
print(pcall(f))
print(n > 16000, n <= 20000)
local d = 0
local function g() d = d + 1 local ok, e = pcall(g) return ok, e end
print(g())
print(d > 150, d < 200)
local function loop(k) if k == 0 then return "tail ok" end return loop(k - 1) end
print(loop(50000))
local function deep(k) if k == 0 then return 0 end return 1 + deep(k - 1) end
print(deep(15000))
print(pcall(function() return 1 + f() end))
