local function r(n) if n == 0 then return 0 end return 1 + r(n - 1) end
print(pcall(r, 5000))
