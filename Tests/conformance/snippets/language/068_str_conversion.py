print(str(42), str(3.0), str(True), str([1, "a"]), str(None))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\t"), repr("nl\n"), repr("\\"))
