def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total())
print(total(1, 2, 3))
print(total(*[4, 5]))
