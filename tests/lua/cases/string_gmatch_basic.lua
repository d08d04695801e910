local function E(f, ...) print(pcall(f, ...)) end
for w in string.gmatch("one two  three", "%a+") do print(w) end
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do print(k, v) end
for p in string.gmatch("abc", "()") do print(p) end
for a, b in string.gmatch("abcd", "()(.)") do print(a, b) end
