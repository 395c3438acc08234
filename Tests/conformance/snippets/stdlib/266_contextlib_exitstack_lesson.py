from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext
log = []
@contextmanager
def resource(name):
    log.append(f'open {name}')
    try:
        yield name.upper()
    finally:
        log.append(f'close {name}')
with ExitStack() as stack:
    handles = [stack.enter_context(resource(n)) for n in ('a', 'b', 'c')]
    stack.callback(log.append, 'callback ran')
    print(handles)
print(log)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
class Thing:
    def close(self):
        print('closed')
with closing(Thing()):
    pass
with nullcontext(5) as v:
    print(v)
