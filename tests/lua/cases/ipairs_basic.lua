for i, v in ipairs({"a", "b", nil, "d"}) do print(i, v) end
