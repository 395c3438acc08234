def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fibs():
    if f > 100:
        break
    out.append(f)
print(out)
