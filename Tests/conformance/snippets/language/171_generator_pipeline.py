def read_numbers():
    for line in ["1", "2", "x", "4", "5"]:
        yield line
def only_ints(lines):
    for s in lines:
        if s.isdigit():
            yield int(s)
def squares(ns):
    for n in ns:
        yield n * n
print(list(squares(only_ints(read_numbers()))))
