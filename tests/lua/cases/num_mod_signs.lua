local t = {}
for i = -3, 3 do t[#t + 1] = tostring(i % 3) .. "," .. tostring(-i % -3) .. "," .. tostring(i % -2) end
print(table.concat(t, " "))
local a, b = -4, 2
print(a % b, -6 % 3, 7 % 3 * 2, 2 * 7 % 3, 10 - 7 % 4 - 1, 5.5 % -2, -5.5 % 2)
print(1 % 0, -1 % 0, 0 % -1, -0 % 5)
