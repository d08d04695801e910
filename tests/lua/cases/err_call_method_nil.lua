local t = {}
t:method()
