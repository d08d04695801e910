print(select(2, pcall(error, setmetatable({}, {__tostring = function() return "TS" end}))) ~= nil)
