local function E(f, ...) print(pcall(f, ...)) end
local s = "Hello World"
print(s:len(), s:upper(), s:lower(), s:sub(1, 5), s:rep(2, "ignored"))
print(s:find("World"), s:match("(%a+) (%a+)"), s:byte(1), s:reverse())
print(("%d-%s"):format(5, "x"), ("abc"):gsub("b", "B"))
for w in s:gmatch("%a+") do print(w) end
print(#s, ("x"):rep(3))
E(function() local _ = ("x"):bad() end)
E(function() local _ = ("x"):format() end)
