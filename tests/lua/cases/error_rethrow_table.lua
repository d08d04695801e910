local ok, e = pcall(function() local ok2, e2 = pcall(error, {msg = "in"}); error(e2) end)
print(ok, e.msg)
