def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from enum import Enum, auto
class Activation(Enum):
    RELU = "relu"
    TANH = "tanh"
    SIGMOID = "sigmoid"
def apply(act, x):
    if act is Activation.RELU:
        return max(0.0, x)
    if act is Activation.TANH:
        return round((2.718281828 ** (2 * x) - 1) / (2.718281828 ** (2 * x) + 1), 4)
    return round(1 / (1 + 2.718281828 ** -x), 4)
print([apply(a, -1.0) for a in Activation])
print(Activation("tanh"), Activation["SIGMOID"].value, [a.name for a in Activation])
show(lambda: Activation("gelu"))
class Split(Enum):
    TRAIN = auto()
    TEST = auto()
sizes = {Split.TRAIN: 800, Split.TEST: 200}
print(sizes[Split.TRAIN], Split.TEST.value, Split.TRAIN < Split.TEST if False else "no order")
