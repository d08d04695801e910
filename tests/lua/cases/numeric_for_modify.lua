for i = 1, 3 do local j = i * 2; i = j; print(i) end
