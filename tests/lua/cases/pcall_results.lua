print(pcall(function(a, b) return a + b end, 2, 3))
print(pcall(function() return 1, 2, 3 end))
