print(math.abs(-2^63))
