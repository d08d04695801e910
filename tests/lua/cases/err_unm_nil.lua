local x
return -x
