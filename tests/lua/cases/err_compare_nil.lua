local x
return x < 1
