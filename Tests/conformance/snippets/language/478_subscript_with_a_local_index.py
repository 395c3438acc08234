# `table[k]` with a local `k` tries a list item (int) and a dict entry (str) in place before the
# general code: every other pairing must answer as Python does.
class Upper(list):
    def __getitem__(self, i):
        return str(list.__getitem__(self, i)).upper()

class Counting(dict):
    def __missing__(self, key):
        return f"no {key}"

def look(table, keys):
    out = []
    for k in keys:
        try:
            out.append(table[k])
        except (IndexError, KeyError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

keys = [0, 2, -1, -4, 3, True, False, "a", "zz", 1.0, None, (1, 2)]
tables = [["x", "y", "z"], Upper(["x", "y", "z"]), ("p", "q", "r"), "abc", range(5, 8),
          {"a": 1, 0: "zero", True: "true", (1, 2): "pair", 1.0: "float one"}, Counting(a=1), {}]
for table in tables:
    print(type(table).__name__, look(table, keys))

def running_total(values):
    total = 0
    for i in range(len(values)):
        total += values[i]
    return total
print(running_total([1, 2, 3, 4]), running_total((5, 6)), running_total(range(10)))

def swap_types():
    table = [10, 20, 30]
    results = []
    for k in [1, "a", 2]:
        try:
            results.append(table[k])
        except TypeError as e:
            results.append(str(e))
        table = {"a": "dict now", 1: "one", 2: "two"} if k == 1 else table
    return results
print(swap_types())
