print(tostring(-1.5e300))
print(-1.5e300)
