print(-2^63 % -1)
print(math.fmod(-2^63, -1))
