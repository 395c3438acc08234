from decimal import Decimal as D, getcontext
print(D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt(), D('1e-4').sqrt(), D(10).sqrt(), D(0).sqrt())
print(D(2) ** 20, D('1.1') ** 5, D('0.5') ** 3, D(10) ** -3, D(3) ** 0)
getcontext().prec = 50
print(D(2).sqrt())
getcontext().prec = 28
print(D('1.0000000001') ** 100, D('2.5') * D('4'))
