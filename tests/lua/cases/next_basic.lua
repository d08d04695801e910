print(next({}))
local k, v = next({5})
print(k, v)
