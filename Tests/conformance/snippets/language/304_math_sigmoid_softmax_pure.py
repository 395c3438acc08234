import math
def sigmoid(z):
    return 1 / (1 + math.exp(-z))
def softmax(xs):
    m = max(xs)
    es = [math.exp(x - m) for x in xs]
    s = sum(es)
    return [e / s for e in es]
print([round(sigmoid(z), 6) for z in [-2, 0, 2]])
print([round(p, 6) for p in softmax([1.0, 2.0, 3.0])])
