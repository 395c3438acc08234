import re
print(re.sub(r"\s+", " ", "  too   many    spaces  "))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site and ann@web"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))
print(re.sub(r"\d", "#", "a1b22c333", count=2), re.subn(r"\d", "#", "a1b22"))
print(re.sub(r"(\d+)", r"<\1>", "x10y200"), re.sub(r"(\d+)", r"\g<1>0", "5 apples"))
print(re.sub("a", "\\n", "banana") == "b\nn\nn\n", re.sub("a", r"\t", "ab"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("b*", "X", "abc"))
print(re.sub("(a)|b", r"[\1]", "ab"))
