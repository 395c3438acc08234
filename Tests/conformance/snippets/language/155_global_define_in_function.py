def setup():
    global CONFIG
    CONFIG = {"debug": True}
setup()
print(CONFIG)
