words = ["deep", "learning", "rocks"]
print(" ".join(words))
print("-".join("abc"))
print(", ".join(str(n) for n in range(5)))
print("".join(reversed("stressed")))
