x = 5
assert x > 0
assert x == 5, "x should be five"
print("assertions passed")
