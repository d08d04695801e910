local f = loadstring("error('inner')")
print(pcall(f))
