f = "model_weights.npy"
print(f.startswith("model"), f.endswith(".npy"), f.endswith((".csv", ".npy")))
print(f.startswith("weights", 6), "abc".startswith(""))
