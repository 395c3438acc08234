class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg["lr"]
    except KeyError as e:
        raise ConfigError("missing learning rate") from e
try:
    load({})
except ConfigError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
