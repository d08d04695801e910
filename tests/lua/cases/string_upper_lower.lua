local function E(f, ...) print(pcall(f, ...)) end
print(string.upper("hello World 123!"), string.lower("HELLO World 123!"))
print(string.upper(""), string.lower(""), string.upper(12), string.lower(1e100))
print(string.upper("\200\255abc") == "\200\255ABC", string.lower("\192ABC") == "\192abc")
E(function() local _ = string.upper() end)
E(function() local _ = string.lower({}) end)
