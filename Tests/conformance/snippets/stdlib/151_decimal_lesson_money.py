from decimal import Decimal, ROUND_HALF_UP
prices = {'notebook': Decimal('3.49'), 'pen': Decimal('1.25'), 'backpack': Decimal('24.99')}
cart = [('notebook', 3), ('pen', 10), ('backpack', 1)]
subtotal = sum(prices[item] * qty for item, qty in cart)
tax = (subtotal * Decimal('0.0825')).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
total = subtotal + tax
print(f'subtotal {subtotal}')
print(f'tax      {tax}')
print(f'total    {total}')
share = (total / 3).quantize(Decimal('0.01'))
print('each of 3 pays', share, 'remainder', total - share * 3)
print(f'{total:.1f}', f'{total:>10.2f}|', f'{Decimal("1234567.891"):,.2f}')
