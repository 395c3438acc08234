values = [0.1, 0.25, 0.5]
print(*values, sep=" | ")
print(*range(3), *"ab", sep=",", end="!\n")
print("a", end="")
print("b", end="")
print()
