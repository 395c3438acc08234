class Dog:
    def bark(self):
        return "woof"
try:
    Dog().bark("loud")
except TypeError as e:
    print(e)
try:
    Dog(1)
except TypeError as e:
    print(e)
