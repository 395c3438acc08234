from decimal import Decimal
print(Decimal('0.1') + Decimal('0.2'), 0.1 + 0.2)
print(repr(Decimal('3.14')), Decimal(7), Decimal('-0'), Decimal('1e3'), Decimal('1.50'), Decimal('  2.5  '))
print(Decimal('1E+2'), Decimal('0.000001'), Decimal('0.0000001'), Decimal('123.456e-10'), Decimal('-1.2E5'))
print(Decimal('Infinity'), Decimal('-inf'), Decimal('NaN'), Decimal((0, (1, 4, 1), -2)), Decimal((1, (5,), 3)))
print(Decimal(0.5), Decimal(0.1))
print(Decimal('12.3400').as_tuple(), Decimal('12.3400').adjusted(), Decimal('0.00123').adjusted())
