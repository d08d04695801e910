print(undefined_global_x)
