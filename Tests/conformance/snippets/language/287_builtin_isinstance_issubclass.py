print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, str)))
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(int, object))
print(isinstance(None, object), isinstance(int, type))
