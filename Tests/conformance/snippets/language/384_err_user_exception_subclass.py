class DataError(ValueError):
    pass
class EmptyDataError(DataError):
    pass
def load(rows):
    if not rows:
        raise EmptyDataError("no rows")
    return rows
print(load([1]))
load([])
