print("ab" * 0, repr("ab" * -1))
print("apple" < "banana", "apple" < "Apple", "a" * 3 == "aaa")
print(max("hello"), min("hello"), sorted("hello"))
