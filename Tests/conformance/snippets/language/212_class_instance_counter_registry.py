class Plugin:
    registry = []
    def __init__(self, name):
        self.name = name
        Plugin.registry.append(name)
for n in ["a", "b", "c"]:
    Plugin(n)
print(Plugin.registry, len(Plugin.registry))
