s = "   padded text  \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "--a--".lstrip("-"), "abc...".rstrip("."))
print("www.example.com".strip("cmowz."))
