def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
@dataclass
class Layer:
    units: int
    activation: str = "relu"
@dataclass
class Model:
    name: str
    layers: list = field(default_factory=list)
    meta: dict = field(default_factory=dict, repr=False)
m = Model("mlp", [Layer(64), Layer(10, "softmax")], {"v": 1})
print(m)
print(asdict(m))
print(astuple(Layer(3)))
print([f.name for f in fields(m)], fields(Layer)[1].default, fields(Layer)[0].type)
print(replace(Layer(5), activation="tanh"), is_dataclass(m), is_dataclass(Model), is_dataclass(5))
show(lambda: asdict(5))
show(lambda: replace(Layer(1), bad=2))
show(lambda: fields(5))
