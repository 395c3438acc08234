import csv
sample = 'a;b;c\n1;2;3\n4;5;6\n'
d = csv.Sniffer().sniff(sample)
print(d.delimiter, list(csv.reader(sample.splitlines(), d)))
print(csv.Sniffer().has_header('name,age\nann,31\nbob,25\n'), csv.Sniffer().has_header('1,2\n3,4\n'))
print(csv.Sniffer().sniff('x,y\n1,2\n').delimiter, csv.Sniffer().sniff('x\ty\n1\t2\n').delimiter)
