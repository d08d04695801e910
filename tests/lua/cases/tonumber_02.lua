print(tonumber("0x1F"))
