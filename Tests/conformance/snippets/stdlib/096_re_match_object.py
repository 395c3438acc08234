import re
m = re.search(r"(\d+)\s+(\w+)", "order: 12 apples")
print(repr(m), m.expand(r"\2 x\1"), m.expand(r"\g<2>!"))
print(m[0], m[1], m[2], m.re.pattern, m.regs)
print(re.match("a*", "bbb"), re.match("a*", "bbb").span(), bool(re.match("a*", "bbb")))
print([m.span() for m in re.finditer(r"\b", "ab cd")])
