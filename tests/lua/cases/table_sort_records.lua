local t = {{n="b", a=2}, {n="a", a=3}, {n="c", a=1}}
table.sort(t, function(x, y) return x.a < y.a end)
print(t[1].n, t[2].n, t[3].n)
