local function E(f, ...) print(pcall(f, ...)) end
local inf, nan = 1/0, 0/0
print(string.format("%f %f %e %g", inf, -inf, inf, -inf))
print(string.format("%5.1f|%-6f|%06f|%+f|% f", inf, inf, -inf, inf, inf))
print(string.format("%E %G", inf, -inf))
print(string.format("%d", inf), string.format("%d", -inf), string.format("%x", inf))
print(string.format("%d", nan), string.format("%x", nan))
