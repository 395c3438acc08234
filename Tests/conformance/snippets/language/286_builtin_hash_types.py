print(hash(1) == hash(True), hash(0) == hash(False), hash(0.0) == hash(0))
print(hash((1, 2)) == hash((1, 2)), hash(1.5) == hash(1.5))
print(hash(2.0) == hash(2), hash("a") == hash("a"))
