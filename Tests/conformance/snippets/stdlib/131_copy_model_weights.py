import copy
weights = {"layer1": [[0.1, 0.2], [0.3, 0.4]], "bias": [0.0, 0.0]}
snapshot = copy.deepcopy(weights)
weights["layer1"][0][0] = 99.0
weights["bias"].append(1.0)
print(weights)
print(snapshot)
shallow = copy.copy(weights)
shallow["bias"].append(2.0)
shallow["new"] = True
print(weights["bias"], "new" in weights)
class Model:
    def __init__(self):
        self.w = [1, 2]
        self.name = "m"
m = Model()
m2 = copy.deepcopy(m)
m2.w.append(3)
print(m.w, m2.w, m2.name, type(m2).__name__)
