# Sorting algorithms written in Python: merge sort, quicksort, insertion sort on small runs.
import random
random.seed(7)
data = [random.random() for _ in range(20000)]

def merge_sort(xs):
    if len(xs) <= 16:
        out = xs[:]
        for i in range(1, len(out)):
            v = out[i]
            j = i - 1
            while j >= 0 and out[j] > v:
                out[j + 1] = out[j]
                j -= 1
            out[j + 1] = v
        return out
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i]); i += 1
        else:
            merged.append(right[j]); j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged

def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quicksort([x for x in xs if x > pivot])

a = merge_sort(data)
b = quicksort(data)
print(a == sorted(data), b == a, round(a[100], 9), round(sum(a[:10]), 9))
