local _ENV = 5
print(_ENV)
