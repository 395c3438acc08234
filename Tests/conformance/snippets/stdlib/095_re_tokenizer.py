import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
def tokenize(src):
    out = []
    for num, name, op in TOKEN.findall(src):
        if num:
            out.append(("NUM", float(num)))
        elif name:
            out.append(("NAME", name))
        elif op.strip():
            out.append(("OP", op))
    return out
print(tokenize("x1 = 3.5 * (y + 42)"))
def words(text):
    return re.findall(r"[a-z']+", text.lower())
print(words("It's a truth universally acknowledged, that a single man..."))
email = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$")
print([bool(email.match(e)) for e in ["a@b.co", "bad@", "x.y+z@mail.example.org", "@no.com"]])
