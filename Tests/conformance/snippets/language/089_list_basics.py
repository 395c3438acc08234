nums = [3, 1, 4, 1, 5]
print(nums, len(nums), nums[0], nums[-1])
nums[1] = 10
print(nums)
print(nums + [9, 2], nums * 2)
print([] == list(), [[]] * 2)
