print(nil or "d", false and 1, 1 and 2, nil and 1, false or nil, 0 or 1, "" or 1)
