def set_lr(lr):
    if lr <= 0:
        raise ValueError("learning rate must be positive")
    return lr
print(set_lr(0.1))
set_lr(-1)
