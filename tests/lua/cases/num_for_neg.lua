for i = 10, 1, -3 do print(i) end
