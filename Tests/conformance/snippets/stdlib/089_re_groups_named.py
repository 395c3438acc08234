def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import re
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "2024-05")
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.group("year"), m["month"], m.group("day"), m.start("month"), m.span("day"))
print(m.lastindex, m.lastgroup, m.re.groupindex == {"year": 1, "month": 2, "day": 4}, m.re.groups)
show(lambda: m.group(9))
show(lambda: m.group("nope"))
m2 = re.match(r"(a)(b(c))", "abc")
print(m2.lastindex, m2.groups(), m2.regs)
print(re.match(r"(?:ab)+", "ababx").group(), re.match(r"(ab)+", "ababx").group(1))
