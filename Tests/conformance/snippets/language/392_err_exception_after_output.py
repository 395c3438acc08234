for i in range(5):
    print("step", i)
    if i == 3:
        raise ValueError(f"bad step {i}")
