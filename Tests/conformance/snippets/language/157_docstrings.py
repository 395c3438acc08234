def area(r):
    """Return the area of a circle of radius r."""
    return 3.14159 * r * r
print(area.__doc__)
print(area.__name__)
def nodoc():
    return 1
print(nodoc.__doc__)
class Model:
    """A tiny model."""
print(Model.__doc__)
