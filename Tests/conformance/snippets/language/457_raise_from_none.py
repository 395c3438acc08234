def parse_int(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"expected digits, got {s!r}") from None
try:
    parse_int("abc")
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)
