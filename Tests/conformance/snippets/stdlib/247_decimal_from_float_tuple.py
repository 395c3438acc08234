from decimal import Decimal as D
for f in [0.1, 0.5, 1.25, -2.75, 1e-5, 123456.789, 0.0, -0.0]:
    d = D(f)
    print(f, d, D.from_float(f) == d, d.as_tuple().exponent)
print(D('1.30').as_tuple(), D((1, (0,), 0)), D((0, (1, 2, 3), 5)), D((0, (0,), -2)))
print(D(10) == 10.0, D('0.1') == 0.1, D(0.1) == 0.1, D(3).is_signed(), D(-3).copy_abs().is_signed())
