print("10" + 1)
print("0x10" * 2)
print(" 5 " - 1)
print("1e2" / 4)
