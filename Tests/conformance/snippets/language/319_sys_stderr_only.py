import sys
print("error message", file=sys.stderr)
print("warning", 42, file=sys.stderr, sep=":")
