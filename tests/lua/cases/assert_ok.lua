print(assert(1, "m"))
print(assert("v"))
