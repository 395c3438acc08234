# A recursive-descent parser for a JSON-like text: string indexing, slicing, dict building.
def parse(text):
    pos = 0
    def skip():
        nonlocal pos
        while text[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        skip()
        c = text[pos]
        if c == "{":
            pos += 1
            d = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return d
            while True:
                k = value()
                skip()
                pos += 1
                d[k] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return d
        if c == "[":
            pos += 1
            items = []
            skip()
            if text[pos] == "]":
                pos += 1
                return items
            while True:
                items.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return items
        if c == '"':
            end = text.index('"', pos + 1)
            s = text[pos + 1:end]
            pos = end + 1
            return s
        start = pos
        while pos < len(text) and text[pos] in "-0123456789.e":
            pos += 1
        token = text[start:pos]
        if token == "":
            for word, v in (("true", True), ("false", False), ("null", None)):
                if text.startswith(word, pos):
                    pos += len(word)
                    return v
        return float(token) if "." in token or "e" in token else int(token)
    return value()

text = "[" + ", ".join('{"id": %d, "name": "n%d", "vals": [%d, %d.5, true, null], "ok": false}' % (i, i, i, i) for i in range(2000)) + "]"
total = 0
for _ in range(3):
    data = parse(text)
    total += len(data) + sum(d["id"] for d in data) + int(sum(d["vals"][1] for d in data))
print(total)
