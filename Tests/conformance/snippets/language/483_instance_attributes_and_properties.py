# self.x reads the instance's own value directly, unless a property of the class takes precedence.
class P:
    def __init__(self):
        self._v = 1
        self.__dict__["shadow"] = "instance"
    @property
    def v(self):
        return self._v * 10
    @v.setter
    def v(self, x):
        self._v = x
    shadow = property(lambda self: "property wins")
p = P()
p.v = 5
print(p.v, p._v, p.shadow)
class Q:
    label = "class"
q = Q()
print(q.label)
q.label = "instance"
print(q.label, Q.label)
def method(self):
    return "method"
Q.m = method
q.m = lambda: "instance callable"
print(q.m())
