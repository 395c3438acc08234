import csv
cases = ['a,b,c', 'a,,c', ',', '""', '"a""b",c', '"a,b"', 'a,"b"c', ' "a", b', 'a;b', '"x"y"z"', 'one']
for line in cases:
    print(repr(line), list(csv.reader([line])))
print(list(csv.reader(['a b  c'], delimiter=' ')), list(csv.reader(['a b  c'], delimiter=' ', skipinitialspace=True)))
print(list(csv.reader(['x|"y|z"'], delimiter='|')), list(csv.reader(["'a,b',c"], quotechar="'")))
