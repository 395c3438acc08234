import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode))
print(json.dumps({"p": Point(0, 0)}, default=lambda o: o.__dict__))
print(json.dumps(Point(5, 6), default=vars, indent=1))
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    print("TypeError", e)
class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, range):
            return [o.start, o.stop, o.step]
        return super().default(o)
print(json.dumps({"z": range(1, 5)}, cls=MyEncoder))
print(MyEncoder(indent=2).encode([range(3)]))
