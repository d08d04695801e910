local co = coroutine.create(function()
  local x = nil + 1
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
local co2
co2 = coroutine.create(function() return coroutine.resume(co2) end)
print(coroutine.resume(co2))
local gen = coroutine.create(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
print(coroutine.resume(gen, 1))
print(coroutine.status(gen))
print(coroutine.resume(gen, 10))
print(coroutine.status(gen))
print(pcall(coroutine.resume, 1))
local function g() return 1 end
print(pcall(function()
  local ok = coroutine.resume(coroutine.create(g))
  return nil + ok
end))
