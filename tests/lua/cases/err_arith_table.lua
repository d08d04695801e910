local t = {}
return t + 1
