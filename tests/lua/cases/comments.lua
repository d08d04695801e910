-- comment
print(1) --[[ block
comment ]] print(2)
--[==[ x ]==]
print(3)
