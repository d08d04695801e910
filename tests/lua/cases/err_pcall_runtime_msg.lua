print(pcall(function() local t = nil; return t[1] end))
