local function E(f, ...) print(pcall(f, ...)) end
local function ci(p) return (string.gsub(p, "%a", function(c) return "[" .. string.lower(c) .. string.upper(c) .. "]" end)) end
print(ci("Hello"), string.find("say HELLO", ci("hello")))
