local function E(f, ...) print(pcall(f, ...)) end
local function escape(s) return (string.gsub(s, "[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
print(escape("1+1=2? (yes) [ok] 100% $5 a-b ^c"))
print(string.find("x (1+1) y", escape("(1+1)")))
local function trim(s) return (string.gsub(s, "^%s*(.-)%s*$", "%1")) end
print("[" .. trim("  hi there \t\n") .. "]", "[" .. trim("") .. "]", "[" .. trim("   ") .. "]")
