from decimal import Decimal as D, InvalidOperation, DivisionByZero
import decimal
for mixed in [lambda: D('1.5') + 1.5, lambda: D(1) + '2', lambda: 2.5 * D(1)]:
    try:
        mixed()
    except TypeError:
        print('TypeError (the message names decimal.Decimal)')
tests = [lambda: D('abc'), lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D('NaN') < 1, lambda: int(D('NaN')), lambda: int(D('inf')),
         lambda: D('1.23').quantize(D('1e-30')), lambda: D(5) % D(0), lambda: D([1, 2])]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
print(decimal.DecimalException.__mro__[1].__name__)
