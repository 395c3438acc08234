class Config:
    lr = 0.1
c = Config()
setattr(c, "epochs", 5)
print(getattr(c, "epochs"), getattr(c, "lr"), getattr(c, "missing", "n/a"))
print(hasattr(c, "epochs"), hasattr(c, "batch"))
delattr(c, "epochs")
print(hasattr(c, "epochs"))
