import os.path
p = os.path.join("data", "mnist", "train.csv")
print(p)
print(os.path.basename(p), os.path.dirname(p))
print(os.path.splitext("model.weights.npy"))
print(os.path.exists("surely_missing_file.txt"))
