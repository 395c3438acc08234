d = {"a": 1}
d["a"] += 10
lst = [1, 2, 3]
lst[-1] *= 5
class C:
    pass
c = C()
c.n = 2
c.n **= 3
print(d, lst, c.n)
d["b"], lst[0] = "x", 99
print(d, lst)
