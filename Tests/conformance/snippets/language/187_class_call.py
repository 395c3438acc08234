class Linear:
    def __init__(self, w, b):
        self.w, self.b = w, b
    def __call__(self, x):
        return self.w * x + self.b
f = Linear(2, 1)
print(f(3), [f(x) for x in range(4)])
print(callable(f), callable(Linear))
