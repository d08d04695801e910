local ok, e = pcall(function() error(42) end)
print(ok, e, type(e))
