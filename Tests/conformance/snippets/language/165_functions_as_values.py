def relu(x):
    return x if x > 0 else 0.0
def identity(x):
    return x
activations = {"relu": relu, "identity": identity}
for name, fn in activations.items():
    print(name, [fn(v) for v in [-2.0, 0.5, 3.0]])
print(callable(relu), callable(3))
