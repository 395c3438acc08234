print(str(ValueError()), "|", str(ValueError("a")), "|", str(ValueError("a", "b")))
print(repr(TypeError("x")), repr(KeyError("k")))
print(str(KeyError("k")), str(KeyError(1)))
