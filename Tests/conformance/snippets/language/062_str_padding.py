print("[" + "7".zfill(3) + "]", "-42".zfill(5))
print("[" + "hi".center(8) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "left".ljust(8, ".") + "]", "[" + "right".rjust(8) + "]")
