class Record:
    def __init__(self, **fields):
        self._fields = fields
    def __getattr__(self, name):
        if name in self._fields:
            return self._fields[name]
        raise AttributeError(f"no field {name!r}")
r = Record(loss=0.25, acc=0.9)
print(r.loss, r.acc)
try:
    r.f1
except AttributeError as e:
    print("AttributeError:", e)
