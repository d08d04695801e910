local t = {}
return t.field * 2
