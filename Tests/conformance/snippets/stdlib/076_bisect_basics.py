def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import bisect
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 3), bisect.bisect(xs, 0), bisect.bisect(xs, 9))
print(bisect.bisect_left(xs, 4, 1, 3), bisect.bisect_right(xs, 8, hi=2))
bisect.insort(xs, 4); bisect.insort_left(xs, 3); bisect.insort_right(xs, 10)
print(xs)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
show(lambda: bisect.bisect([1], 1, -1))
people = [("ann", 20), ("bob", 30), ("cid", 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dan", 35), key=lambda p: p[1])
print(people)
