gx, gy = 1, 2
gx, gy = gy, gx
print(gx, gy)
