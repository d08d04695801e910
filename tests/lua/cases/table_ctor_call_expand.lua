local function f() return 1, 2, 3 end
local t = {f(), f()}
print(#t)
local u = {f(), (f())}
print(#u)
