import re
pat = re.compile(r"\b[A-Za-z]+\b")
print(pat, pat.pattern, pat.flags, pat.groups)
print(pat.findall("Hi there, you 2"), pat.search("123 abc").group(), pat.match("123 abc"))
print(pat.search("abc def", 2), pat.match("abc def", 4), pat.fullmatch("abc def", 4))
print(pat.search("abcdef", 0, 3), re.compile("a$").search("xa b", 0, 2))
print(re.compile("x", re.I | re.S), re.compile(r"\d", re.A), re.compile("a") == re.compile("a"))
print(re.compile(pat) is pat, type(pat).__name__, type(pat.match("abc")).__name__)
