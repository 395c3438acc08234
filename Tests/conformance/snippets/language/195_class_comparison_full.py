class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10")]
print(sorted(vs))
print(Version("2.0") <= Version("2.0"), Version("1.0") == Version("1.0"))
