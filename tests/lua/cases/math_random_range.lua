local ok = true
for i = 1, 1000 do local r = math.random(3, 5); if r < 3 or r > 5 or r ~= math.floor(r) then ok = false end end
print(ok)
