print("\x41", "\z  x", "\u{41}", "\q\.\%", '\'', "\65\066\0671", "a\
b")
print(#"\x41", 0x1F, 1e2, .5, 3., 0XaB, 2E-1)
local s = [[\x41]] .. [==[\q]==] -- "\x41 in a comment
print(s)
print(loadstring("return 3x"))
print(loadstring("return 0x"))
print(loadstring("return 1e"))
print(loadstring("return 1..2"))
print(loadstring("return 0x1p4")(), tonumber("0x1.8p1"), tonumber("0x.8"), tonumber("0xp1"), tonumber("0x1p"))
