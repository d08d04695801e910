print(not nil, not 0, not "", not not 1)
