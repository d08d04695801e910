print(type(getmetatable("x")), getmetatable("x").__index == string)
