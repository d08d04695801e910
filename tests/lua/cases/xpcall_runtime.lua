print(xpcall(function() local x = nil; return x.y end, function(m) return "H:" .. m end))
