local t = {}
for i = 1, 10 do t[i] = i end
print(#t)
t[11] = nil
print(#t)
t[10] = nil
print(#t)
