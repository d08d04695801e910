print(tostring(nil), tostring(true), tostring(false), tostring("x"))
print(type(nil), type(1), type("x"), type({}), type(print), type(true))
