counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def read_only():
    return counter * 2
print(read_only())
