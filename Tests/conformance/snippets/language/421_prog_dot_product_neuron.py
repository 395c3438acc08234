inputs = [1.0, 2.0, 3.0, 2.5]
weights = [[0.2, 0.8, -0.5, 1.0], [0.5, -0.91, 0.26, -0.5], [-0.26, -0.27, 0.17, 0.87]]
biases = [2.0, 3.0, 0.5]
outputs = []
for w, b in zip(weights, biases):
    out = 0.0
    for x, wi in zip(inputs, w):
        out += x * wi
    outputs.append(out + b)
print(outputs)
print([round(o, 3) for o in outputs])
