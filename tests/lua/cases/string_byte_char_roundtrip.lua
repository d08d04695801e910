local function E(f, ...) print(pcall(f, ...)) end
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
print(#s, string.byte(s, 1), string.byte(s, 256), string.byte(s, -1))
local ok = true
for i = 1, 256 do local want = i - 1 if string.byte(s, i) ~= want then ok = false end end
print(ok, string.upper(string.sub(s, 98, 100)), string.lower(string.sub(s, 66, 68)))
print(select("#", string.byte(s, 1, -1)))
