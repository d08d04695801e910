local u
local function f() return u.x end
return f()
