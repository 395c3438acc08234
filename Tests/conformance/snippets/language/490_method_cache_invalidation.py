# A method call site keeps the function it found per class: rebinding a method on the class, an
# instance attribute that shadows it, or deleting an override must each be seen at once.
class A:
    count = 0
    def __init__(self):
        A.count += 1
    def f(self, x):
        return ("A", x)
class B(A):
    def f(self, x):
        return ("B", x)
objs = [A(), B(), A()]
out = []
for i in range(6):
    for o in objs:
        out.append(o.f(i)[0])
    if i == 2:
        A.f = lambda self, x: ("A2", x)
    if i == 3:
        objs[2].f = lambda x: ("inst", x)
    if i == 4:
        del B.f
print("".join(out), A.count)
class C:
    def g(self):
        return 1
c = C()
r = [c.g() for _ in range(3)]
C.g = lambda self: 2
r += [c.g() for _ in range(3)]
def h(self): return 3
C.h = h
r.append(c.h())
print(r)
