# JSON-like serialisation by hand: recursion over dicts, lists, strings and numbers.
def dump(v, out):
    if isinstance(v, dict):
        out.append("{")
        first = True
        for k, x in v.items():
            if not first:
                out.append(", ")
            first = False
            out.append('"' + k + '": ')
            dump(x, out)
        out.append("}")
    elif isinstance(v, list):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(", ")
            dump(x, out)
        out.append("]")
    elif isinstance(v, str):
        out.append('"' + v.replace('"', '\\"') + '"')
    elif v is None:
        out.append("null")
    elif v is True or v is False:
        out.append("true" if v else "false")
    else:
        out.append(repr(v))

doc = [{"id": i, "name": f"user{i}", "score": i * 0.25, "tags": ["a", "b", str(i % 7)], "active": i % 3 == 0,
        "parent": None if i % 5 else i // 5, "nested": {"depth": i % 4, "path": [i, i + 1]}} for i in range(3000)]
total = 0
for _ in range(5):
    out = []
    dump(doc, out)
    total += len("".join(out))
print(total)
