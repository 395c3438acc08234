import json
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, Fraction):
            return [o.numerator, o.denominator]
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
data = {'when': date(2024, 5, 1), 'at': datetime(2024, 5, 1, 12, 30), 'price': Decimal('9.99'), 'ratio': Fraction(2, 3), 'tags': {'b', 'a'}}
print(json.dumps(data, cls=Encoder, sort_keys=True))
print(json.dumps({k: v for k, v in data.items() if k != 'tags'}, default=str, sort_keys=True))
try:
    json.dumps({'x': object})
except TypeError as e:
    print('TypeError', e)
