local s = 0
for i = 0.1, 1, 0.1 do s = s + 1 end
print(s)
