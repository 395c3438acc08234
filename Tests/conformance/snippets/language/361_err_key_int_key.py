# Error case: key int key
print("demonstrating: key int key")
counts = {1: "one"}
print(counts[2])
