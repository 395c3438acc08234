class Timer:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)
        return False
with Timer() as t:
    print("inside", type(t).__name__)
print("after")
