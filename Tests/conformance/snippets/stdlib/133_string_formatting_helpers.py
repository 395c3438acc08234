import string
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)
print(caesar("Hello, World!", 3), caesar(caesar("abc xyz", 5), 21))
letters = [c for c in "Hello World 123!" if c in string.ascii_letters]
digits = [c for c in "Hello World 123!" if c in string.digits]
print("".join(letters), "".join(digits))
print(string.Template("Epoch $epoch: loss=$loss").substitute(epoch=3, loss=0.25))
print([string.capwords(s) for s in ["deep learning", "neural  NETWORKS"]])
