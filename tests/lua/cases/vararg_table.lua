local function f(...) local t = {...} return #t end
print(f(1, 2, 3), f())
