import re
print(re.escape("a.b*c (d) [e] {f} ?+^$|\\ x-y"), re.escape("plain_text123"))
print(re.findall(re.escape("1+1=2"), "is 1+1=2 ?"))
print(re.match(r"\Aab\Z", "ab"), re.match(r"ab\Z", "ab\n"), re.match(r"ab$", "ab\n"))
print(re.findall("a{,2}", "aaa"), re.findall("a{2}", "aaaaa"), re.findall("a{1,2}?", "aaa"))
print(re.findall("\u00e9", "café"), re.search(r"\x41", "xA").span())
print(re.findall(r"[\]a]", "]a["), re.findall(r"[^]x]", "]x y"), re.findall(r"[[a]", "[a"))
print(re.findall(r"(?<=\$)\d+", "cost $30 or $45"), re.findall(r"\d+(?!px)\b", "10px 20em 30"))
