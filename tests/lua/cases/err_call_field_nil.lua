local t = {}
t.method()
