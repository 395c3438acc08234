from decimal import Decimal, getcontext, localcontext, Context
for v in ['2', '10', '0.5', '1', '1.00', '100', '0.001', '123456.789', '1.0000001', '0.9999999', '1E-10', '7E+50', '2.718281828459045']:
    d = Decimal(v)
    print(v, d.ln(), d.log10(), d.sqrt())
for v in ['0', '1', '-1', '2.5', '-20.25', '100', '-100', '0.0001', '1E-20', '12345.678']:
    print(v, Decimal(v).exp())
with localcontext() as c:
    c.prec = 50
    print(Decimal(2).ln(), Decimal(3).exp(), Decimal(7).log10())
    c.prec = 5
    print(Decimal(2).ln(), Decimal(3).exp(), Decimal(7).log10(), Decimal('99999').ln())
print(Decimal(0).ln(), Decimal('Infinity').ln(), Decimal('-Infinity').exp(), Decimal('NaN').exp())
c = Context(prec=10)
print(c.flags[__import__('decimal').Inexact])
print(Decimal(2).exp(c), c.flags[__import__('decimal').Inexact])
try:
    Decimal(-1).ln()
except Exception as e:
    print(type(e).__name__)
from decimal import Inexact, Rounded
c = Context(prec=12)
r = Decimal(10).ln(c)
print(r, c.flags[Inexact], c.flags[Rounded])
c2 = Context(prec=12)
print(Decimal(100).log10(c2), c2.flags[Inexact])
print(Decimal('1e-5').exp(), Decimal('-1e-5').exp(), Decimal('0.693147180559945309417232121458').exp())
for v in ['3', '0.1', '55', '1000000', '0.5']:
    with localcontext() as ctx:
        ctx.prec = 20
        d = Decimal(v)
        print(v, d.ln(), d.log10(), d.exp(), d.sqrt())
