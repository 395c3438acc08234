import copy
class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("copy hook")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return Tracked(copy.deepcopy(self.data, memo))
t = Tracked([1, 2])
c = copy.copy(t)
d = copy.deepcopy(t)
print(c.data is t.data, d.data is t.data, d.data)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
