def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2))
def append_safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_safe(1), append_safe(2))
