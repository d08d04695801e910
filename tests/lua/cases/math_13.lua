print(math.fmod(7, 0))
