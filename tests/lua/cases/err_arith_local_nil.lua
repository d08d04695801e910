local x
local y = x + 1
