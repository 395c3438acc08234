point = 3, 4
x, y = point
print(x, y, point)
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 8, 1])
print(lo, hi)
