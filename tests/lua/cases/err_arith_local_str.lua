local s = "abc"
return s + 1
