local n
return #n
