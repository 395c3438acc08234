import decimal
from decimal import Decimal, Context, ROUND_HALF_UP, Inexact
ctx = Context(prec=5, rounding=ROUND_HALF_UP)
print(ctx.prec, ctx.rounding)
print(ctx.divide(Decimal(1), Decimal(3)), ctx.add(Decimal('1.23456'), Decimal('2')), ctx.multiply(Decimal('1.11111'), 3))
print(ctx.create_decimal('3.14159265'), ctx.quantize(Decimal('2.5'), Decimal('1')))
c = decimal.getcontext()
c.clear_flags()
Decimal(1) / 3
print(c.flags[Inexact], c.flags[decimal.DivisionByZero])
try:
    c.prec = 0
except ValueError as e:
    print('ValueError', e)
print(decimal.ROUND_HALF_EVEN, decimal.MAX_PREC > 10 ** 8)
