print(tonumber("0x"))
