print(xpcall(function() error("oops", 0) end, function(m) return "handled: " .. m end))
