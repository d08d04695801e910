local t = {1,2,3}
print(#t + 1, #t * 2, #t / 2, #t % 2)
