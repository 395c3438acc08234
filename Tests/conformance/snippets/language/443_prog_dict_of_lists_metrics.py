history = {"loss": [], "acc": []}
for epoch in range(1, 6):
    history["loss"].append(round(1 / epoch, 4))
    history["acc"].append(round(1 - 0.5 / epoch, 4))
for k, v in history.items():
    print(k, v, "best:", min(v) if k == "loss" else max(v))
