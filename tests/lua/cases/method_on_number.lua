local n = 5
print(pcall(function() return n:foo() end))
