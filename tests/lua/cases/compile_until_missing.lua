repeat x = 1
