local t = {}
t.x = 1
print(t.x)
