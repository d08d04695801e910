local t = {}
while t.a.b do
end
