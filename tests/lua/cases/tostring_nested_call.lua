print(tostring(tostring(12)))
