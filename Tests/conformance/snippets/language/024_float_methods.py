x = 2.5
print(x.is_integer(), (3.0).is_integer())
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio())
print(abs(-2.5), abs(3))
