for i in range(3):
    pass
class Empty:
    pass
def nothing():
    pass
print(i, Empty.__name__, nothing())
