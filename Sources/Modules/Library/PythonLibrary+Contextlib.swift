extension PythonLibrary {
    /// `import contextlib`, in Cellgrad Python (compiled on first import).
    static let contextlib = #"""
"""Context managers from generators (@contextmanager), suppress, closing, nullcontext,
redirect_stdout/redirect_stderr, chdir and ExitStack."""

import sys


class AbstractContextManager:
    """A base whose __enter__ returns self; subclasses write __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager that is also usable as a function decorator."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        inner.__name__ = getattr(func, '__name__', 'inner')
        inner.__doc__ = getattr(func, '__doc__', None)
        return inner


class _GeneratorContextManager(ContextDecorator):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: the code before `yield` runs on entry, the code after it on exit."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, '__name__', 'helper')
    helper.__doc__ = getattr(func, '__doc__', None)
    helper.__wrapped__ = func
    return helper


class suppress:
    """with suppress(KeyError): … — the listed exceptions end the block silently."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing:
    """with closing(thing) as t: … calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext:
    """A context manager that does nothing: with nullcontext(value) as v."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """with redirect_stdout(f): print() (and sys.stdout) write to f inside the block."""

    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """with redirect_stderr(f): writes to sys.stderr go to f inside the block."""

    _stream = 'stderr'


class chdir(AbstractContextManager):
    """with chdir(path): the working directory is path inside the block."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class ExitStack:
    """Enters context managers one by one and exits them all, last first."""

    def __init__(self):
        self._exits = []

    def __enter__(self):
        return self

    def enter_context(self, cm):
        result = cm.__enter__()
        self._exits.append(cm.__exit__)
        return result

    def callback(self, callback, /, *args, **kwds):
        self._exits.append(lambda *exc: callback(*args, **kwds))
        return callback

    def push(self, exit):
        self._exits.append(exit if not hasattr(exit, '__exit__') else exit.__exit__)
        return exit

    def pop_all(self):
        new = ExitStack()
        new._exits = self._exits
        self._exits = []
        return new

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        suppressed = False
        pending = exc_details
        while self._exits:
            cb = self._exits.pop()
            try:
                if cb(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except BaseException as exc:
                pending = (type(exc), exc, None)
                suppressed = False
        if pending[1] is not None and pending is not exc_details:
            raise pending[1]
        return received and suppressed
"""#
}
