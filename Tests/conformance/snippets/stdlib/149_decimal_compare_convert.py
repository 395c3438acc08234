from decimal import Decimal as D
print(D('1.0') == D('1.00'), D('1.5') > 1, D('0.1') == 0.1, D('0.5') == 0.5, D(2) == 2, D('2.5') < 2.6)
print(sorted([D('3.1'), D('-1'), D('2.50'), D('2.5'), D('0')]))
print(max(D('1.1'), D('1.10')), min([D('3'), 2, D('2.5')]))
print(float(D('1.25')), int(D('-3.99')), int(D('1e3')), D('1.0') == 1, hash(D('2.0')) == hash(2))
print(D('-0').is_signed(), D('0.0').is_zero(), D('NaN').is_nan(), D('inf').is_infinite(), D('1.5').is_finite())
print(D('12.5').as_integer_ratio(), D('-0.75').as_integer_ratio(), D('3.5').copy_negate(), D('-2').copy_abs())
print(len({D('1.0'), D('1.00'), D(1)}), D('1.30').compare(D('1.3')), D('1').compare(2))
