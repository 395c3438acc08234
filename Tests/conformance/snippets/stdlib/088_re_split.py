import re
print(re.split(r"[,;]\s*", "a, b;c,   d"))
print(re.split(r"(,)", "a,b,c"), re.split(r"\s+", "  lead and trail  "))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
print(re.split(r"\d", "a1b2c3d", maxsplit=2), re.split("x", "abc"), re.split("x", ""))
print(re.split(r"\b", "a b"), re.split("x*", "axbc"), re.split(r"(a)|b", "1a2b3"))
print(re.compile(r"\s*,\s*").split("x , y,z"))
