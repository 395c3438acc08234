print("a\nb")
print("col1\tcol2")
print("back\\slash", 'it\'s', "\x41\x42")
print(len("\n"), len("\\n"), len(r"\n"))
