print(xpcall(function() return 1, 2 end, print))
