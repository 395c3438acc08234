print("Hello, Cellgrad!")
print("one", "two", "three")
print()
print("after empty line")
