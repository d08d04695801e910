local o = {}
function o:a() return self end
function o:b() return "b" end
print(o:a():a():b())
