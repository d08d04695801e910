while true x = 1 end
