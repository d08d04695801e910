print((tostring({})):sub(1, 7))
print((tostring(print)):sub(1, 10))
