rows = [("epoch", "loss", "acc"), (1, 0.6931, 0.5), (2, 0.4512, 0.78), (10, 0.0912, 0.97)]
print(f"{rows[0][0]:>5} {rows[0][1]:>8} {rows[0][2]:>6}")
for e, l, a in rows[1:]:
    print(f"{e:>5d} {l:>8.4f} {a:>6.1%}")
