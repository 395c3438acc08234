class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()))
for v in Squares():
    print(v, end=" ")
print()
