# `% 2**k` and `// 2**k` are computed with a mask and a shift, and `variable[int chain]` on a
# plain list reads the item in place: negatives, large values, floats, bools, list subclasses,
# other containers and out-of-range indexes must all answer as Python does.
def mods(i):
    return i % 8, i // 8, i % 1, i // 1, i % 1024, i // 1024
for v in [0, 1, 7, 8, 9, -1, -7, -8, -9, 1023, -1025, 2**62, -2**62, 9223372036854775807, -9223372036854775807 - 1, 2.5, -2.5, True, False]:
    print(v, mods(v))
for v in [0, 5, -5, 13, -13, 2.5, True]:
    print(v, (v * 3) % 16 // 4, (v - 1) // 4 % 2)

syllables = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi"]
print([syllables[i % 8] + syllables[(i * 7) % 8] + syllables[(i // 8) % 8] for i in range(-20, 20, 3)])

class Shouting(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i).upper()

def pick(xs, i):
    return xs[i + 1]

for container in [syllables, Shouting(syllables), tuple(syllables), "abcdefgh", {1: "one", 8: "eight"}, range(10, 20)]:
    for i in [0, 6, 7, -2, -9, 100]:
        try:
            print(type(container).__name__, i, pick(container, i))
        except (IndexError, KeyError, TypeError) as e:
            print(type(container).__name__, i, type(e).__name__, e)

g = syllables
for i in range(3):
    print(g[i * 2], g[i - 1])
g = {0: "zero", 2: "two", -1: "minus one"}
for i in range(2):
    print(g[i * 2], g[i - 1])
try:
    print(g[5 * 2])
except KeyError as e:
    print("KeyError", e)
for bad in [1.5, None, "x"]:
    try:
        print(syllables[bad])
    except TypeError as e:
        print("TypeError", e)
