local function E(f, ...) print(pcall(f, ...)) end
local t = {}
for m in string.gmatch("abc", "") do t[#t + 1] = "[" .. m .. "]" end
print(#t, table.concat(t))
t = {}
for m in string.gmatch("abc", "x*") do t[#t + 1] = "[" .. m .. "]" end
print(#t, table.concat(t))
t = {}
for m in string.gmatch("", ".") do t[#t + 1] = m end
print(#t)
t = {}
for m in string.gmatch("aaa", "a-") do t[#t + 1] = "[" .. m .. "]" end
print(#t, table.concat(t))
