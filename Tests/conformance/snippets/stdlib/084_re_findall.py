import re
text = "The year 2023 had 12 months, 365 days and 8760 hours."
print(re.findall(r"\d+", text))
print(re.findall(r"\b\w{4}\b", text))
print(re.findall(r"(\d+) (\w+)", text))
print(re.findall(r"(a)|(b)", "abc"), re.findall(r"(x)?y", "yxy"))
print(re.findall(r"[aeiou]", "education"), re.findall("z", "abc"))
print(re.findall(r"\w+", "naïve café, 東京 ok"))
print(re.findall(r"[A-Z][a-z]+", "Alice met Bob and Carol"))
