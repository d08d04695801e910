local function E(f, ...) print(pcall(f, ...)) end
local function hex(s) return (string.gsub(s, ".", function(c) return string.format("%02x", string.byte(c)) end)) end
print(hex("hello\0\255"), hex(""))
local function unhex(h) return (string.gsub(h, "%x%x", function(x) return string.char(tonumber(x, 16)) end)) end
print(unhex("68656c6c6f"))
