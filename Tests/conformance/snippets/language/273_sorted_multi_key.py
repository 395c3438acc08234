people = [("Ann", 30, 5.5), ("Bob", 25, 6.0), ("Cid", 30, 5.8), ("Dee", 25, 5.2)]
for p in sorted(people, key=lambda p: (-p[1], p[2])):
    print(p)
