def train(model, *, epochs=10, lr=0.01):
    return f"{model}: {epochs} epochs at lr={lr}"
print(train("mlp"))
print(train("cnn", lr=0.1))
def kw_only_required(*, name):
    return name
print(kw_only_required(name="x"))
