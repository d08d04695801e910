local function E(f, ...) print(pcall(f, ...)) end
local function decode(s)
  s = string.gsub(s, "+", " ")
  return (string.gsub(s, "%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end
local function encode(s)
  return (string.gsub(s, "[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
print(decode("hello+world%21%3F"), encode("a b&c=d/é"))
print(decode(encode("round trip: 100% !")))
