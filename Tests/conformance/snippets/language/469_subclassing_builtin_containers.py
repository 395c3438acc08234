class D(dict):
    def get(self, k, d=None):
        return "overridden get"
    def __getitem__(self, k):
        return "overridden getitem"
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)
class L(list):
    def append(self, x):
        list.append(self, x * 10)
    def __getitem__(self, i):
        return "L item"
d = D()
print(d.get("x"), d["y"])
d["a"] = 1
print(dict.get(d, "a"))
l = L()
l.append(1)
print(list.__len__(l), l[0], list.__getitem__(l, 0))
class S(str):
    def __add__(self, o):
        return "S add"
print(S("a") + "b")
s = "abc"
print(s.upper(), "x".join(["a", "b"]))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in "a b a c a".split():
    c[w] = c[w] + 1
print(c, c["zzz"], len(c), isinstance(c, dict))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s[0], len(s), sum(s))
class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hi")
print(t, repr(t), t.shout(), t + "x", isinstance(t, str), len(t))
class P(tuple):
    def total(self):
        return sum(self)
base = (1, 2, 3)
p = P(base)
print(p, p.total(), type(base).__name__, type(p).__name__)
class SuperD(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
sd = SuperD()
