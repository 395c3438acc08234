import re
def double(m):
    return str(int(m.group()) * 2)
print(re.sub(r"\d+", double, "3 apples and 10 pears"))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
counts = {}
def tally(m):
    w = m.group().lower()
    counts[w] = counts.get(w, 0) + 1
    return w.upper()
print(re.sub(r"[a-z]+", tally, "a b A c b", flags=re.I), counts)
print(re.subn(r"o", lambda m: "0", "foo boo"))
