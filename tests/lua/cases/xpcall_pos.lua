print(xpcall(function() error("oops") end, function(m) return m end))
