print("a\tb", "q\"x", "\65\066", "nl\\n", #"\0abc")
