class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("close", self.name, "error" if t else "clean")
try:
    with Resource("db") as r:
        raise KeyError("row")
except KeyError as e:
    print("handled", e)
