class Base:
    def __init__(self):
        self.ready = True
class Child(Base):
    def __init__(self, n):
        super().__init__(n)
Child(3)
