class Model:
    def __init__(self):
        self.layers = []
m = Model()
print(m.layers)
print(m.weights)
