class Layer:
    def __init__(self, name):
        self.name = name
        self.trainable = True
class Dense(Layer):
    def __init__(self, units):
        super().__init__("dense")
        self.units = units
d = Dense(64)
print(d.name, d.units, d.trainable)
