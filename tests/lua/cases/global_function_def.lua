function gf(x) return x + 1 end
print(gf(1))
