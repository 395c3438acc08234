import re
for m in re.finditer(r"(?P<key>\w+)=(?P<value>\d+)", "a=1, bb=22, c=x, d=4"):
    print(m.span(), m["key"], int(m["value"]), m.groupdict())
print([m.group() for m in re.finditer(r"\d", "a1b2c3")])
print(list(re.finditer("x", "abc")))
it = re.finditer(r"\w+", "one two")
print(next(it).group(), next(it).group())
