return true .. "x"
