a = ["x", "y", "z", "y"]
print(a.index("y"), a.index("y", 2), a.count("y"), a.count("q"))
print("z" in a)
