s = "Cellgrad"
codes = [ord(c) for c in s]
print(codes)
print("".join(chr(c) for c in codes))
print("".join(chr(c + 1) for c in codes))
