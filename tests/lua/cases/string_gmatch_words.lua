local function E(f, ...) print(pcall(f, ...)) end
local text = "The quick brown fox jumps over the lazy dog"
local count, longest = 0, ""
for w in string.gmatch(text, "%a+") do
  count = count + 1
  if #w > #longest then longest = w end
end
print(count, longest)
local csv = "name,age,,city"
for f in string.gmatch(csv .. ",", "([^,]*),") do print("[" .. f .. "]") end
