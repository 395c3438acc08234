# A constraint network in the spirit of DeltaBlue: variables, constraints with strengths,
# planning by walking the graph, many small method calls and attribute updates.
class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.stay = True

class Constraint:
    def __init__(self, strength):
        self.strength = strength
    def add(self):
        for v in self.inputs() + [self.output]:
            v.constraints.append(self)

class Equal(Constraint):
    def __init__(self, a, b, strength):
        super().__init__(strength)
        self.a, self.output = a, b
        self.add()
    def inputs(self):
        return [self.a]
    def execute(self):
        self.output.value = self.a.value

class Scale(Constraint):
    def __init__(self, src, factor, offset, dest, strength):
        super().__init__(strength)
        self.src, self.factor, self.offset, self.output = src, factor, offset, dest
        self.add()
    def inputs(self):
        return [self.src, self.factor, self.offset]
    def execute(self):
        self.output.value = self.src.value * self.factor.value + self.offset.value

def plan(var):
    order = []
    todo = [var]
    seen = set()
    while todo:
        v = todo.pop()
        for c in v.constraints:
            if c.output is not v and id(c) not in seen and c.strength >= 1:
                seen.add(id(c))
                order.append(c)
                todo.append(c.output)
    return order

def chain(n):
    vars = [Variable(f"v{i}") for i in range(n)]
    for i in range(n - 1):
        Equal(vars[i], vars[i + 1], 2)
    total = 0
    for step in range(300):
        vars[0].value = step
        for c in plan(vars[0]):
            c.execute()
        total += vars[-1].value
    return total

def projection(n):
    scale, offset = Variable("scale", 10), Variable("offset", 1000)
    total = 0
    srcs = [Variable(f"s{i}", i) for i in range(n)]
    dests = [Variable(f"d{i}") for i in range(n)]
    for s, d in zip(srcs, dests):
        Scale(s, scale, offset, d, 2)
    for k in range(100):
        scale.value = k
        for c in plan(scale):
            c.execute()
        total += sum(d.value for d in dests)
    return total

print(chain(400), projection(400))
