# dict reads, writes and get() with a dict and a str in variables borrow both in place: the
# results must match Python for missing keys, str and dict subclasses, keys with a custom
# __eq__ sharing a str's hash, non-str keys, locals and globals; and many globals in one module.
words = "the cat sat on the mat the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
for w in ["the", "dog"]:
    try:
        print(w, counts[w])
    except KeyError as e:
        print("KeyError", e)

def tally(items):
    seen = {}
    for item in items:
        seen[item] = seen.get(item, 0) + 1
        last = seen[item]
    return seen, last
print(tally(["a", "b", "a", 1, 1.0, True, (1, 2), (1, 2), "b"]))

class Loud(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        print("Loud.__eq__", str(self), other)
        return str(self) == other
d = {}
k = Loud("x")
d[k] = 1
key = "x"
print(d[key], d.get(key, 0))
d[key] = 2
print(d)

class Any:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        print("Any.__eq__", self.text, other)
        return other == self.text
    def __repr__(self):
        return f"Any({self.text!r})"
mixed = {Any("y"): "from Any"}
name = "y"
print(mixed[name], mixed.get(name, "none"))
mixed[name] = "replaced"
print(mixed)

class Defaulting(dict):
    def __missing__(self, key):
        return "missing " + key
    def __setitem__(self, key, value):
        print("set", key, value)
        dict.__setitem__(self, key, value.upper())
dd = Defaulting()
word = "abc"
print(dd[word])
dd[word] = "value"
print(dd[word], dd.get(word, "?"))

class Tally(dict):
    def get(self, key, default=None):
        return "own get"
t = Tally()
print(t.get(word, 0))

holder = {"k": [1, 2]}
kk = "k"
holder[kk] = holder[kk] + [3]
print(holder)
box = ["not a dict"]
try:
    box[kk] = 1
except TypeError as e:
    print("TypeError", e)
try:
    print(word[kk])
except TypeError as e:
    print("TypeError", e)

g0 = 0 * 2
g1 = 1 * 2
g2 = 2 * 2
g3 = 3 * 2
g4 = 4 * 2
g5 = 5 * 2
g6 = 6 * 2
g7 = 7 * 2
g8 = 8 * 2
g9 = 9 * 2
g10 = 10 * 2
g11 = 11 * 2
g12 = 12 * 2
g13 = 13 * 2
g14 = 14 * 2
g15 = 15 * 2
g16 = 16 * 2
g17 = 17 * 2
g18 = 18 * 2
g19 = 19 * 2
g20 = 20 * 2
g21 = 21 * 2
g22 = 22 * 2
g23 = 23 * 2
g24 = 24 * 2
g25 = 25 * 2
g26 = 26 * 2
g27 = 27 * 2
g28 = 28 * 2
g29 = 29 * 2
g30 = 30 * 2
g31 = 31 * 2
g32 = 32 * 2
g33 = 33 * 2
g34 = 34 * 2
g35 = 35 * 2
g36 = 36 * 2
g37 = 37 * 2
g38 = 38 * 2
g39 = 39 * 2
print(g0 + g1 + g2 + g3 + g4 + g5 + g6 + g7 + g8 + g9 + g10 + g11 + g12 + g13 + g14 + g15 + g16 + g17 + g18 + g19 + g20 + g21 + g22 + g23 + g24 + g25 + g26 + g27 + g28 + g29 + g30 + g31 + g32 + g33 + g34 + g35 + g36 + g37 + g38 + g39)
def late():
    return g39 + g0
print(late())
