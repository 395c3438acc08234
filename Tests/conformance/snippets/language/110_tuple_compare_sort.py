people = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[1], p[0])))
print((1, 2, 3) < (1, 3), (2,) > (1, 99))
