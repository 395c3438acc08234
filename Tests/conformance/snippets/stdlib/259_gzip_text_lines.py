import gzip
lines = [f'sample {i}: ' + 'x' * (i % 5) for i in range(10)]
with gzip.open('samples.txt.gz', 'wt', encoding='utf-8') as f:
    for line in lines:
        f.write(line + '\n')
with gzip.open('samples.txt.gz', 'rt', encoding='utf-8') as f:
    back = [line.rstrip('\n') for line in f]
print(back == lines, back[3], len(back))
with gzip.open('samples.txt.gz') as f:
    print(f.read(9), type(f).__name__)
