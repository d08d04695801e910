print(tostring(-2^63))
print(-2^63)
