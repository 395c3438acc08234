class E:
    pass
print(bool(E()), bool(E), bool(print), bool(range(0)), bool(range(1)))
