import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(sum(c in string.punctuation for c in "Hello, world! (ok)"))
table = str.maketrans("", "", string.punctuation)
print("It's a test, isn't it?".translate(table))
