print(type(collectgarbage("count")))
print(collectgarbage())
