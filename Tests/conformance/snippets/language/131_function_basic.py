def add(a, b):
    return a + b
print(add(2, 3), add("a", "b"), add([1], [2]))
def greet(name):
    print("hi", name)
result = greet("Bo")
print(result)
