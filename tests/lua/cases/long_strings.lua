print([[line1
line2]])
print([==[a]]b]==])
