print(unpack({1, 2, 3}))
print(unpack({1, 2, 3, 4}, 2, 3))
print(unpack({}, 1, 0))
