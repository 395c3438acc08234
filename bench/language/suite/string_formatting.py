# String formatting: f-strings with specs, str.format, % formatting, padding and joining.
rows = []
for i in range(20000):
    price = i * 1.0375
    rows.append(f"{i:05d}|{price:>12.2f}|{price / 7:.3e}|{'odd' if i & 1 else 'even':^6}|{i:x}")
table = "\n".join(rows)
more = ["{:<8}{:>10,}".format("n" + str(i), i * 1234) for i in range(15000)]
legacy = ["%-6s %8.3f %d%%" % ("id%d" % i, i / 3.0, i % 100) for i in range(15000)]
print(len(table), len("".join(more)), len("".join(legacy)), rows[1234], more[77], legacy[5])
