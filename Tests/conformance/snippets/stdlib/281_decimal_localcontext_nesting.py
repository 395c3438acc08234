from decimal import Decimal, localcontext, getcontext, ROUND_UP
with localcontext() as outer:
    outer.prec = 10
    print(Decimal(1) / 7)
    with localcontext() as inner:
        inner.prec = 4
        inner.rounding = ROUND_UP
        print(Decimal(1) / 7, Decimal(2) / 3)
    print(Decimal(2) / 3, getcontext().prec)
print(getcontext().prec, Decimal(1) / 7)
