table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(table2))
