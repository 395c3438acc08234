class A:
    def method(self, x):
        return x
A.method(1)
