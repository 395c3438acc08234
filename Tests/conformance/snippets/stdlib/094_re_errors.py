def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import re
for p in ["(a", "a)", "*a", "a**", "[a", "\\q", "a{2,1}", "x+?+*", "(?P=zz)", "(?P<1a>x)", "a\\", "[b-a]", "(?Px)", "ab{3}{2}", "(?<=a+)b"]:
    try:
        re.compile(p)
        print("ok", p)
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos)
show(lambda: re.search("a", 5))
show(lambda: re.search(5, "a"))
show(lambda: re.compile(re.compile("a"), re.I))
show(lambda: re.sub("a", r"\2", "a"))
show(lambda: re.sub("(a)", r"\g<x>", "a"))
show(lambda: re.sub("a", r"\q", "a"))
print(issubclass(re.error, Exception))
