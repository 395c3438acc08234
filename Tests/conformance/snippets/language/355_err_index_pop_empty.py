# Error case: index pop empty
print("demonstrating: index pop empty")
stack = []
stack.pop()
