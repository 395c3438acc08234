print(0b1010, 0o17, 0xff, 0xFF)
print(1_000_000)
print(-0, +5, -(-3))
print(type(10).__name__)
