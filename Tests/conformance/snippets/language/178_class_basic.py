class Dog:
    def __init__(self, name):
        self.name = name
    def bark(self):
        return f"{self.name} says woof"
d = Dog("Rex")
print(d.bark(), d.name)
print(type(d).__name__, isinstance(d, Dog))
