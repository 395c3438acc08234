def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(not loud(""))
