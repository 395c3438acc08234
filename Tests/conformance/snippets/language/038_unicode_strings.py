s = "深度学习 résumé"
print(s, len(s))
print(s[0], s[-1], s[:4])
print(s.upper())
print(ord("深"), chr(23398))
