print(tostring(-0))
print(-0)
