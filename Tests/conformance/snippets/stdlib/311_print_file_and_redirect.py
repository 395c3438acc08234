import sys, io, contextlib
buf = io.StringIO()
print('x', 1, 2.5, sep='-', end='!\n', file=buf)
print('second', file=buf, flush=True)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print('captured', [1, 2])
sys.stdout.write('written\n')
text = sys.stdout.getvalue()
sys.stdout = old
print('got', repr(text))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
f = io.StringIO()
with contextlib.redirect_stdout(f) as target:
    print('inside')
    print(target is f)
print('after', repr(f.getvalue()))
g = io.StringIO()
with contextlib.redirect_stderr(g):
    print('to stderr', file=sys.stderr)
    sys.stderr.write('raw\n')
print(repr(g.getvalue()))
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        self.parts.append('<flush>')
c = Collector()
print('a', 'b', file=c, flush=True)
print(c.parts)
outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print('one')
    with contextlib.redirect_stdout(inner):
        print('two')
    print('three')
print(repr(outer.getvalue()), repr(inner.getvalue()))
def noisy(n):
    for i in range(n):
        print('step', i)
    return n * 2
capture = io.StringIO()
with contextlib.redirect_stdout(capture):
    result = noisy(3)
print(result, capture.getvalue().splitlines())
try:
    print('x', file=42)
except AttributeError as e:
    print('AttributeError:', e)
print('end', file=None)
