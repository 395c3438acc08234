parts = []
for i in range(5):
    parts.append(f"x{i}")
print("+".join(parts))
s = ""
for i in range(3):
    s += str(i) * (i + 1)
print(s)
