local x == 1
