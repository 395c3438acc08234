class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    def __init__(self):
        super(Child, self).__init__()
        self.ready = True
    def hello(self):
        return "child + " + super(Child, self).hello()
c = Child()
print(c.hello(), c.ready)
