for i = 1, 2 do local x = 5 ~= i - 1 print(x) end
print(1 == 1 ~= false, "a" ~= "b" .. "", 1 ~= 2 and 3, 2 ~= 1 + 1)
