class Secret:
    def __init__(self):
        self._hidden = 1
        self.__mangled = 2
    def reveal(self):
        return self.__mangled
s = Secret()
print(s._hidden, s.reveal(), hasattr(s, "__mangled"), s._Secret__mangled)
