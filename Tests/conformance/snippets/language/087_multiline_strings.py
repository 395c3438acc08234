poem = """Roses are red,
  violets are blue;
Python is neat."""
lines = poem.split("\n")
print(len(lines))
for ln in lines:
    print(ln.strip())
