from contextlib import contextmanager, suppress
log = []
@contextmanager
def section(name):
    log.append(f"start {name}")
    try:
        yield log
    finally:
        log.append(f"end {name}")
with section("train") as entries:
    with section("epoch 1"):
        entries.append("step")
print(log)
with suppress(FileNotFoundError):
    open("does-not-exist.txt")
print("continued")
@contextmanager
def changed(d, key, value):
    old = d.get(key)
    d[key] = value
    try:
        yield d
    finally:
        d[key] = old
settings = {"debug": False}
with changed(settings, "debug", True) as s:
    print(s)
print(settings)
