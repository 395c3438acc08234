# Int arithmetic chains on a local, computed in place for subscripts and expressions: floats,
# bools, negatives and errors take the general path.
def f(i, xs):
    return xs[(i * 7) % 8], xs[i // 8 % 8], (i * 3 + 1) % 5, (i - 3) // 2 * 4
xs = list("abcdefgh")
for v in [0, 1, 7, 8, 63, -1, -9, 2.5, True]:
    try:
        print(f(v, xs))
    except TypeError as e:
        print("TypeError", e)
