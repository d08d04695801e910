local t = {}
t[1.0] = "one"
t[2] = "two"
print(t[1], #t)
t[2^53] = "big"
print(t[2^53])
