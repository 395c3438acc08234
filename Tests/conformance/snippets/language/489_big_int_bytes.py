# int.to_bytes / int.from_bytes at any size.
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (2 ** 64).to_bytes(9, "big"))
print((-(2 ** 70)).to_bytes(10, "little", signed=True), (255).to_bytes(1, "big"), (0).to_bytes(3, "big"), (127).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", "big"), int.from_bytes(b"\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (2 ** 64).to_bytes(8, "big")]:
    try:
        print(f())
    except OverflowError as err:
        print("OverflowError", err)
n = 2 ** 100 + 12345
print(int.from_bytes(n.to_bytes(16, "big"), "big") == n, int.from_bytes((-n).to_bytes(16, "little", signed=True), "little", signed=True) == -n)
