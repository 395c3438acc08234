def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED in Color, type(Color.RED).__name__, isinstance(Color.RED, Color))
print(Color.RED == 1, Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE)
print({c.name: c.value for c in Color}, Color.__members__ == {"RED": Color.RED, "GREEN": Color.GREEN, "BLUE": Color.BLUE})
show(lambda: Color(7))
show(lambda: Color["X"])
print(f"{Color.GREEN}", str(Color.BLUE), Color)
counts = {Color.RED: 2}
print(counts[Color.RED], sorted(Color, key=lambda c: -c.value)[0])
