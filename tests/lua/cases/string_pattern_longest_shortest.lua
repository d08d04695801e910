local function E(f, ...) print(pcall(f, ...)) end
local s = "<b>bold</b> and <i>it</i>"
print(string.match(s, "<(.*)>"))
print(string.match(s, "<(.-)>"))
for tag in string.gmatch(s, "<(/?%a+)>") do print(tag) end
print(string.gsub(s, "<.->", ""))
