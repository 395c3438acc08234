from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN
cents = Decimal('0.01')
for value in ['2.675', '2.665', '-2.675', '1.005', '0.125', '7']:
    d = Decimal(value)
    print(value, [str(d.quantize(cents, rounding=r)) for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN)])
print(Decimal('3.14159').quantize(Decimal('1.000')), Decimal('2.5').quantize(Decimal('1')), Decimal('3.5').quantize(Decimal('1')))
print(Decimal('123.456').quantize(Decimal('1E+1')), Decimal('1.2').quantize(Decimal('0.0001')))
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('3.14159'), 3), round(Decimal('-0.5')))
print(Decimal('1.500').normalize(), Decimal('100').normalize(), Decimal('0.00').normalize(), Decimal('12.30').to_integral_value())
