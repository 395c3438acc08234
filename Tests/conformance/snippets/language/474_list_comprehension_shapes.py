# One-clause list comprehensions run as a single loop: ranges (any step), lists, other
# iterables, a condition, no leaking of the loop variable, recursion, errors, and the shapes
# that take the general path (closures over the variable, several clauses).
print([i * i for i in range(5)], [i for i in range(10, 0, -3)], [i for i in range(0)])
words = ["ab", "c", "def"]
print([w.upper() for w in words if len(w) > 1], [c for c in "xyz"], [k for k in {"a": 1, "b": 2}])
print([v for v in (x * 2 for x in range(3))], [t for t in (1, 2, 3) if t != 2])
i = "outer"
print([i for i in range(3)], i)
def tree(n):
    return [tree(n - 1) for _ in range(n)] if n > 0 else []
print(tree(3))
grow = [1, 2, 3]
print([x for x in grow if x < 10])
try:
    print([10 // x for x in [2, 1, 0, 5]])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
print([(a, b) for a in range(2) for b in "xy"], [[j for j in range(k)] for k in range(3)])
total = 0
print([total + n for n in range(4)])
