from abc import ABC, abstractmethod
class Layer(ABC):
    @abstractmethod
    def forward(self, x):
        ...
    def __call__(self, x):
        return self.forward(x)
class Double(Layer):
    def forward(self, x):
        return [2 * v for v in x]
class Broken(Layer):
    pass
print(Double()([1, 2]), isinstance(Double(), Layer), issubclass(Double, ABC))
try:
    Broken()
except TypeError as e:
    print('TypeError', e)
print(isinstance(Double(), Double), hasattr(Layer, 'forward'))
