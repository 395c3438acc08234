from decimal import Decimal as D
for spec in ['>6', '.2f', '>10.2f', ',.2f', '+.1f', '08.2f', '<8', '^9', '.3', '.2%', '10']:
    print(repr(spec), repr(format(D('1234.5678'), spec)), repr(format(D('-4.20'), spec)))
print(f'{D("0.5"):.0f} {D("1.5"):.0f} {D("2.5"):.0f} {D("-0.001"):.2f}')
