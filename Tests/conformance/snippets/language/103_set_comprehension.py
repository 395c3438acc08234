s = {x % 4 for x in range(20)}
print(sorted(s), len(s))
letters = {ch for ch in "mississippi"}
print(sorted(letters))
