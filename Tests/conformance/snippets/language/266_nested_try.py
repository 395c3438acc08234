def parse(pairs):
    out = {}
    for p in pairs:
        try:
            k, v = p.split("=")
            try:
                out[k] = float(v)
            except ValueError:
                out[k] = v
        except ValueError:
            print("skip", repr(p))
    return out
print(parse(["a=1", "b=x", "bad", "c=2.5=3", "d=1e3"]))
