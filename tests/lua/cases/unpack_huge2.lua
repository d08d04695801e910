print(pcall(unpack, {}, 1, 2^63))
