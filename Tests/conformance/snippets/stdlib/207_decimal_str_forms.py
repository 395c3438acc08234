from decimal import Decimal as D
for s in ['0', '0.00', '-0', '1', '1.0', '100', '1E+2', '1E+10', '12345678901234567890', '0.1', '0.0000123', '0.000000123',
          '123.456E+3', '-5E-7', '1.23E+5', '5E-10', '1234.5678', '0E-8', '0E+3', '-inf', 'nan']:
    d = D(s)
    print(s, str(d), repr(d), d.adjusted() if d.is_finite() else '-', d.to_eng_string())
