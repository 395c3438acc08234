from collections import namedtuple
Student = namedtuple("Student", "name grade age")
roster = [Student("ann", 90, 20), Student("bob", 85, 22), Student("cid", 90, 19)]
for s in sorted(roster, key=lambda s: (-s.grade, s.age)):
    print(s.name, s.grade, s.age)
print(max(roster, key=lambda s: s.age))
print([s._asdict() for s in roster[:1]])
print(sorted(roster)[0])
best = {s.name: s for s in roster}
print(best["bob"].grade)
