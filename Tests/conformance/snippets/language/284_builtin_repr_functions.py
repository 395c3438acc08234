print(repr(1), repr("1"), repr([1, "1"]), repr((1,)), repr({"a": [1]}))
print(repr(1.0), repr(-0.0), repr(True), repr(None))
print(repr({}), repr(set()), repr(()), repr([]))
