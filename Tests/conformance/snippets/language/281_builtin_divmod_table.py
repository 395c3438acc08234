# builtin divmod table
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2.5), (-0.5, 1)]:
    print(a, b, divmod(a, b))
