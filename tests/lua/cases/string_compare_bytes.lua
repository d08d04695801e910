print("a\0b" < "a\0c", "" < "a")
