print((255).bit_length(), (0).bit_length(), (-1).bit_length())
print(bin(10), oct(64), hex(255), hex(-42))
print(int("  12  "), abs(-99))
