print(tonumber(".5"))
