local x
return "a" .. x .. "b"
