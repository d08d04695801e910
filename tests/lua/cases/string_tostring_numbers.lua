local function E(f, ...) print(pcall(f, ...)) end
print(string.rep(1/3, 1), string.rep(100, 1), string.rep(1e15, 1), string.rep(1e16, 1), string.rep(2^53, 1), string.rep(-0.0, 1))
print(string.len(1/3), string.len(2^63), string.upper(1e300), string.rep(0.1 + 0.2, 1), string.rep(123456789012345678, 1))
