print(#"hello", #"")
