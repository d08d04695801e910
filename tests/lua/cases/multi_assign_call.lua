local function f() return 1, 2, 3 end
local t = {}
t.a, t.b, t.c = f()
print(t.a, t.b, t.c)
t.a, t.b, t.c = f(), 10
print(t.a, t.b, t.c)
