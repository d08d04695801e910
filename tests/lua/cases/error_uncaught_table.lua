local ok, e = pcall(error, {1, 2, 3})
print(ok, type(e), #e)
