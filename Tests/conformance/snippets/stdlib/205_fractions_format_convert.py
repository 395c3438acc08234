from fractions import Fraction as F
x = F(22, 7)
print(f'{x}', f'{float(x):.5f}', format(x, ''), str(x), repr(x), f'{x!r}')
print(F('3.1415'), F('-.5'), F('7e-2'), F('+2/4'), F(10 ** 6, 3))
print(F(1, 3) * 3 == 1, type(F(1, 3) * 3).__name__, type(F(1, 2) + 0.5).__name__, F(1, 2) * 2.0)
print(F(3, 4).real, F(3, 4).imag, F(3, 4).conjugate(), F(-1, 2) ** 3, F(4) ** F(1, 2))
