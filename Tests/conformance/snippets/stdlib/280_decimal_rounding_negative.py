from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_05UP
modes = [ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_05UP]
for v in ['-2.5', '-1.5', '-0.5', '0.5', '1.5', '2.51', '-2.49', '5.5', '0.05']:
    d = Decimal(v)
    print(v, [str(d.quantize(Decimal('1'), rounding=m)) for m in modes])
