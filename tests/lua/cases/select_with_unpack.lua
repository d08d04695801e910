print(select("#", unpack({1, 2, 3})))
