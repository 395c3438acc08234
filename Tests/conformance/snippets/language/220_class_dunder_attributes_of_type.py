class Base:
    def greet(self):
        return "hi"
class Sub(Base):
    pass
print(Sub.__bases__[0] is Base, "greet" in Base.__dict__, "greet" in Sub.__dict__)
print(Sub().greet())
