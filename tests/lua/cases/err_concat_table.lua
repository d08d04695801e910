local t = {}
return "a" .. t
