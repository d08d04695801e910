local obj = {n = 5}
function obj:get() return self.n end
function obj.static(x) return x * 2 end
print(obj:get(), obj.static(4))
