print(1 < 2, 2 <= 2, 3 > 4, "a" < "b", "abc" < "abd", "Z" < "a")
