class Alpha:
    pass
a = Alpha()
print(Alpha.__name__, type(a).__name__, a.__class__.__name__)
print(a.__class__ is Alpha)
