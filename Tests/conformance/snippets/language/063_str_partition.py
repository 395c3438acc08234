print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
