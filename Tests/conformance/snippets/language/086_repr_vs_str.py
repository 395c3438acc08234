x = "text"
print(x, repr(x))
print([x], (x,), {x: x})
print(str(1.5), repr(1.5), str([1.5, "a"]))
print(repr([None, True, 1.0, "s", (1,)]))
