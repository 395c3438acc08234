# builtin type constructor calls
for t in [int, float, str, list, tuple, dict, set, bool]:
    print(t.__name__, repr(t()))
