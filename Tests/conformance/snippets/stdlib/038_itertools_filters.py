from itertools import compress, dropwhile, takewhile, filterfalse
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(compress("abc", [True])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))))
print(list(filterfalse(None, [0, 1, "", "a", None])))
print(list(takewhile(str.isdigit, "123abc456")))
