local function = 1
