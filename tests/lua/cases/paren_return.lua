local function f() return 1, 2 end
local function h() return (f()) end
print(select("#", h()))
