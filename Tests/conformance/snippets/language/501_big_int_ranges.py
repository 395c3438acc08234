# range() with bounds beyond 64 bits: len, indexing, slicing, `in`, iteration, index/count.
r = range(2**70, 2**70 + 3)
print(r, len(r), r[0], r[-1], r.start, r.stop, r.step)
print(list(r), bool(r), 2**70 + 1 in r, 2**70 + 3 in r, 5 in r, 2.5 in r)
print(r.index(2**70 + 2), r.count(2**70), r.count(7))
print(r[1:], r[::-1], list(r[::2]))
s = range(0, 2**80, 7)
print(len(range(0, 2**62, 7)), s[5], s[-1], (2**80 - 1) // 7 * 7 in s)
print(range(2**65, 0, -2**63), list(range(2**65, 0, -2**63)))
print(list(range(-2**64, -2**64 + 3)), sum(range(2**64, 2**64 + 4)))
e = range(2**70, 2**69)
print(len(e), bool(e), list(e))
for bad in (lambda: r[3], lambda: r[-4], lambda: r.index(0), lambda: len(range(2**100)), lambda: range(0, 2**70, 0)):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
print([x - 2**70 for x in r], sorted(r, reverse=True)[0] == 2**70 + 2)
