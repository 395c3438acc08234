from decimal import Decimal, ROUND_HALF_EVEN, getcontext
principal = Decimal('1000.00')
rate = Decimal('0.05') / 12
balance = principal
for month in range(1, 7):
    interest = (balance * rate).quantize(Decimal('0.01'), rounding=ROUND_HALF_EVEN)
    balance += interest
    print(f'{month:2d} {interest:>6} {balance:>9}')
print(balance - principal, (balance / principal).quantize(Decimal('1.0000')))
print(getcontext().prec, Decimal('1') / Decimal('3') * 3)
