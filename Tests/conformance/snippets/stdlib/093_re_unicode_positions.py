import re
s = "naïve café — déjà vu"
for m in re.finditer(r"\w+", s):
    print(m.group(), m.span(), s[m.start():m.end()] == m.group())
print(re.search("é+", "caféé").span(), re.sub("é", "e", s))
print(re.split(r"\s*—\s*", s), len(re.findall(".", s)))
print(re.findall(r"[^\x00-\x7f]", s))
print(re.sub(r"(\w)", r"\1\1", "日本"))
