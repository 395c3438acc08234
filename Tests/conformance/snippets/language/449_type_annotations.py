def scale(x: float, factor: float = 2.0) -> float:
    return x * factor
count: int = 3
names: list = ["a", "b"]
print(scale(1.5), scale(2, factor=0.5), count, names)
print(scale.__name__)
