# Error case: key set remove
print("demonstrating: key set remove")
s = {1, 2}
s.remove(3)
