def repeat(n):
    def deco(func):
        def wrapper(*a, **k):
            return [func(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi():
    return "hi"
print(hi())
