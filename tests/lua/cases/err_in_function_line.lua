local function f(t)
  return t.x
end
f(nil)
