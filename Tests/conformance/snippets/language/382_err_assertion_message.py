def check(shape):
    assert len(shape) == 2, f"expected 2-D shape, got {shape}"
check((3, 4))
print("ok")
check((3, 4, 5))
