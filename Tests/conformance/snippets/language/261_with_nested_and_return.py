class Guard:
    def __enter__(self):
        print("acquire")
    def __exit__(self, *exc):
        print("release")
def work():
    with Guard():
        return "result"
print(work())
