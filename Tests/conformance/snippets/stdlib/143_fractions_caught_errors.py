from fractions import Fraction as F
for make in [lambda: F(1, 0), lambda: F('x'), lambda: F('1/0'), lambda: F(1.5, 2),
             lambda: F(float('nan')), lambda: F(float('inf')), lambda: F([1]), lambda: F(1, 2) / 0,
             lambda: F('1/2/3'), lambda: F(0, 1) ** -1]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)
