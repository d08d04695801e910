local n = 5
return n.x
