print(ord("A"), ord("a"), ord("0"), ord("€"))
print(chr(65), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
print([chr(c) for c in range(ord("a"), ord("f"))])
