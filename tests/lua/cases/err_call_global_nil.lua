undefined_fn()
