local t = {n = 3}
print(#t, unpack(t))
