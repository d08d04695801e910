print(-math.huge)
