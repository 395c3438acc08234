grades = {"ann": 90, "bo": 72}
for rank, (name, g) in enumerate(sorted(grades.items(), key=lambda kv: -kv[1]), 1):
    print(rank, name, g)
