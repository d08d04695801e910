return ~1
