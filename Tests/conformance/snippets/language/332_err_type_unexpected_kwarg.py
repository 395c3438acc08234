def fit(x, epochs=1):
    return x
fit(1, epoch=5)
