from itertools import zip_longest
print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([], [])))
print(list(zip_longest([1], [2], [3, 4, 5], fillvalue=0)))
for a, b in zip_longest(range(3), "hello"):
    print(a, b)
