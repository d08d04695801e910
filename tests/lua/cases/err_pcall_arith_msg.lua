print(pcall(function() return {} + 1 end))
