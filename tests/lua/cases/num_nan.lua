local n = 0/0
print(n ~= n, n == n)
local t = {}
print(pcall(function() t[n] = 1 end))
