local f = loadstring("local t = nil\nreturn t.x")
print(pcall(f))
