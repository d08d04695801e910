print(math.huge)
