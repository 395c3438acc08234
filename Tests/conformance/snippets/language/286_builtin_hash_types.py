print(hash(0), hash(1), hash(-1) == hash(-2), hash(True))
print(hash((1, 2)) == hash((1, 2)), hash(1.5) == hash(1.5))
print(hash(2.0) == hash(2), hash("a") == hash("a"))
