from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN
print(getcontext().prec, getcontext().rounding)
print(Decimal(1) / Decimal(3))
getcontext().prec = 6
print(Decimal(1) / Decimal(3), Decimal(2).sqrt(), Decimal('123456789') + 0, Decimal('1.23456789') * 1)
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, Decimal('9.999') + 0)
print(Decimal(2) / 3)
with localcontext(prec=40):
    print(Decimal(1) / 7)
getcontext().prec = 28
print(Decimal(10) / 3)
