s = "Python"
print(s[0], s[-1], s[2:4], s[:3], s[3:])
print(s[::2], s[::-1], s[-3:], s[1:-1])
print(s[10:], s[-100:2])
