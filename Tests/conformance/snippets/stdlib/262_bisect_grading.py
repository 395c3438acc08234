import bisect
def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60)])
sorted_list = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 1), bisect.bisect_right(sorted_list, 1))
records = [('apple', 3), ('banana', 5), ('cherry', 7)]
print(bisect.bisect_left(records, 5, key=lambda r: r[1]), bisect.bisect(records, 'b', key=lambda r: r[0]))
