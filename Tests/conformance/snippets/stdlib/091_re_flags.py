import re
print(re.findall("hello", "Hello HELLO hello", re.IGNORECASE), re.findall("(?i)hello", "Hello HELLO"))
print(re.findall(r"^\w+", "first line\nsecond line", re.M), re.findall(r"^\w+", "first\nsecond"))
print(re.findall(r"line$", "a line\nb line", re.MULTILINE), re.findall(".+", "a\nb"), re.findall(".+", "a\nb", re.S))
verbose = re.compile(r"""
    (\d{3})   # area code
    [-.\s]?   # separator
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.findall("call 555-1234 or 555 9876"))
print(re.findall(r"\w+", "café niño", re.ASCII), re.findall(r"\w+", "café niño"))
print(re.I | re.M == re.IGNORECASE | re.MULTILINE, re.DOTALL == re.S, re.X == re.VERBOSE)
