local function E(f, ...) print(pcall(f, ...)) end
print(string.reverse("abc"), string.reverse(""), string.reverse("a"), string.reverse(123), string.reverse("a\0b") == "b\0a")
E(function() local _ = string.reverse() end)
