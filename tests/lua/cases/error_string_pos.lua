local ok, e = pcall(function() error("with position") end)
print(ok, e)
