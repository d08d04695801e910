local function E(f, ...) print(pcall(f, ...)) end
local t = setmetatable({}, {__index = function(_, k) return k .. k end})
print(string.gsub("abc", "%w", t))
local u = setmetatable({a = "1"}, {__index = {b = "2"}})
print(string.gsub("abc", "%w", u))
