local function g()
  return 1
end
local function f(a) if a then error("lvl2", 2) end return a end
local function h(x)
  return x
end
print(pcall(function()
  local x = g() + nil
end))
print(pcall(function()
  f(h(true))
end))
print(pcall(f, true))
local function m() return f(false), h(2) end
print(select("#", m()))
print(pcall(function() local q = h(1) + h(nil) end))
print(pcall(function()
  local t = {}
  t[g()] = g() + nil
end))
local function many() return 1, 2, 3 end
local function pass(...) return ... end
print(pass(many()))
local function tail() return g() end
print(pcall(function()
  local v = tail() .. {}
end))
print(pcall(function() error("lvl1") end))
print(pcall(function() error("lvl0", 0) end))
print(type(select(2, pcall(function() error({code = 1}) end))))
