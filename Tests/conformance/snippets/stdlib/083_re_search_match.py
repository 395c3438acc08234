import re
print(re.search(r"\d+", "abc 123 def 45"))
print(re.match(r"\d+", "abc 123"), re.match(r"[a-z]+", "abc 123"))
print(re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
m = re.search(r"(\w+)@(\w+)\.com", "mail joe@site.com now")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.span(), m.start(2), m.span(1), m.string, m.pos, m.endpos)
print(bool(re.search("x", "abc")), bool(re.search("b", "abc")))
if m := re.match(r"(\d+)-(\d+)", "10-20"):
    print(int(m[1]) + int(m[2]))
