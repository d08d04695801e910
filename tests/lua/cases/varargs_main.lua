print(select("#", ...))
