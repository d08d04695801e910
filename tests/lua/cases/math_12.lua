print(math.fmod(-7, 3))
