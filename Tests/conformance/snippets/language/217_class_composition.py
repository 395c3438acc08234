class Neuron:
    def __init__(self, w, b):
        self.w, self.b = w, b
    def __call__(self, xs):
        z = sum(wi * xi for wi, xi in zip(self.w, xs)) + self.b
        return max(0.0, z)
class LayerN:
    def __init__(self, neurons):
        self.neurons = neurons
    def __call__(self, xs):
        return [n(xs) for n in self.neurons]
layer = LayerN([Neuron([0.5, -1.0], 0.1), Neuron([1.0, 1.0], -2.0)])
print(layer([2.0, 1.0]), layer([3.0, 1.0]))
