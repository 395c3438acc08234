def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
print(quicksort([3, 6, 1, 8, 2, 9, 2, 7]))
print(quicksort(list("cellgrad")))
