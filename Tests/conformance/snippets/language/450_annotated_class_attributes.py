class Config:
    lr: float = 0.01
    epochs: int = 5
    name: str
    def __init__(self, name: str) -> None:
        self.name = name
c = Config("run1")
print(c.lr, c.epochs, c.name)
