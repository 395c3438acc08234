def level3():
    return {}["missing"]
def level2():
    return level3()
def level1():
    try:
        return level2()
    except KeyError as e:
        return f"caught {e!r} at level1"
print(level1())
