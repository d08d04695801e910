local t = {}
print(pcall(function() return t .. "x" .. nil end))
