local t = {}
t[true] = "b"
t[1.5] = "f"
t["1"] = "s"
t[1] = "i"
print(t[true], t[1.5], t["1"], t[1])
