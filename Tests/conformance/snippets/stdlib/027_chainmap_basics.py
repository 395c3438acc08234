def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from collections import ChainMap
defaults = {"lr": 0.1, "epochs": 10}
user = {"lr": 0.01}
cfg = ChainMap(user, defaults)
print(cfg["lr"], cfg["epochs"], len(cfg), sorted(cfg))
print(cfg, "lr" in cfg, cfg.get("batch", 32))
cfg["batch"] = 64
print(user, defaults)
print(list(cfg.keys()), list(cfg.items()), list(cfg.values()))
show(lambda: cfg["nope"])
del cfg["batch"]
show(lambda: cfg.__delitem__("epochs"))
print(dict(cfg))
