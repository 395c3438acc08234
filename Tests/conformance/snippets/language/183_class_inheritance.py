class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Cow(Animal):
    def speak(self):
        return "moo"
for a in [Animal("thing"), Cat("Tom"), Cow("Bess")]:
    print(a.intro())
