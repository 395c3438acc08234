# Error case: index format arguments
print("demonstrating: index format arguments")
print("{} and {}".format("only one"))
