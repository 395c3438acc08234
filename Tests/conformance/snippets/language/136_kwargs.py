def show(**opts):
    for k, v in opts.items():
        print(k, "=", v)
    return len(opts)
print(show(lr=0.1, epochs=5))
print(show(**{"batch": 32}))
