def get_items():
    items = [1, 2]
result = get_items()
for x in result:
    print(x)
