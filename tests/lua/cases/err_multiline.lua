local t = {}
local a = 1
local b = 2
local c = t.x.y
