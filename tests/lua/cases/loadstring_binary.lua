local f, e = loadstring("\27Lua")
print(f, type(e))
