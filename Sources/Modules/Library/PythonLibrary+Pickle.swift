extension PythonLibrary {
    /// `import pickle`, in Cellgrad Python (compiled on first import).
    static let pickle = #"""
"""Serializing Python values to bytes and back in CPython's pickle format.

dumps/dump write protocols 2 to 5 (4 by default) as CPython writes them for built-in values
(None, bool, int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset), classes and
functions by reference, and instances (through __reduce__/__reduce_ex__, __getstate__ and
__setstate__). loads/load read protocols 0 to 5, including the numpy arrays inside pickles
CPython wrote (CIFAR-10's batches)."""

import io
import struct
import sys
from struct import pack, unpack

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump',
           'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL', 'PickleBuffer']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']
bytes_types = (bytes, bytearray)
maxsize = sys.maxsize
TRUE = b'I01\n'
FALSE = b'I00\n'
PyStringMap = None
dispatch_table = {}
FunctionType = type(lambda: None)


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class PickleBuffer:
    def __init__(self, buffer):
        raise NotImplementedError('pickle.PickleBuffer (out-of-band buffers) is not supported in Cellgrad')


# Opcodes (the names of pickletools).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


def encode_long(x):
    """x as little-endian two's complement bytes, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def whichmodule(obj, name):
    module = getattr(obj, '__module__', None)
    if module is None and (type(obj).__name__ == 'builtin_function_or_method' or _BUILTINS.get(name) is obj):
        return 'builtins'
    return module if module is not None else '__main__'


class _Framer:
    """Collects the output; with protocol 4+, groups it into FRAMEs of about 64 KiB."""

    def __init__(self, write, framing):
        self._write = write
        self._framing = framing
        self._frame = [] if framing else None
        self._frame_size = 0

    def write(self, data):
        if self._frame is None:
            self._write(data)
        else:
            self._frame.append(data)
            self._frame_size += len(data)

    def end_opcode(self):
        # Frames end between opcodes.
        if self._frame is not None and self._frame_size >= _FRAME_SIZE_TARGET:
            self.commit()

    def commit(self):
        if self._frame is None:
            return
        data = b''.join(self._frame)
        self._frame = []
        self._frame_size = 0
        if len(data) >= _FRAME_SIZE_MIN:
            self._write(FRAME + struct.pack('<Q', len(data)))
        if data:
            self._write(data)


class Pickler:
    """Writes the pickle of objects to a binary file: Pickler(file, protocol).dump(obj)."""

    dispatch_table = None

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError(f'pickle protocol must be <= {HIGHEST_PROTOCOL}')
        if protocol < 2:
            raise NotImplementedError(f'writing pickle protocol {protocol} is not supported in Cellgrad; use 2 or higher')
        if buffer_callback is not None:
            raise NotImplementedError('pickle buffer_callback is not supported in Cellgrad')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = True
        self.fast = 0
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError(f'Pickler.__init__() was not called by {type(self).__name__}.__init__()')
        self.framer = _Framer(self._file_write, self.proto >= 4)
        self.write = self.framer.write
        self.write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            # CPython starts the first frame after PROTO.
            self.framer.commit()
        self.save(obj)
        self.write(STOP)
        self.framer.commit()

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif index < 256:
            self.write(BINPUT + bytes([index]))
        else:
            self.write(LONG_BINPUT + struct.pack('<I', index))
        self.memo[self._memo_key(obj)] = (index, obj)

    @staticmethod
    def _memo_key(obj):
        # Equal strings share one memo entry: CPython's are usually one interned object.
        return ('str', obj) if type(obj) is str else id(obj)

    def _get(self, index):
        if index < 256:
            return BINGET + bytes([index])
        return LONG_BINGET + struct.pack('<I', index)

    def save(self, obj, save_persistent_id=True):
        self.framer.end_opcode()
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.write(NEWTRUE if obj else NEWFALSE)
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            self.write(BINFLOAT + struct.pack('>d', obj))
            return
        entry = self.memo.get(self._memo_key(obj))
        if entry is not None:
            self.write(self._get(entry[0]))
            return
        if t is str:
            self._save_str(obj)
        elif t is bytes:
            self._save_bytes(obj)
        elif t is bytearray:
            self._save_bytearray(obj)
        elif t is tuple:
            self._save_tuple(obj)
        elif t is list:
            self.write(EMPTY_LIST)
            self.memoize(obj)
            self._batch_appends(obj)
        elif t is dict:
            self.write(EMPTY_DICT)
            self.memoize(obj)
            self._batch_setitems(list(obj.items()))
        elif t is set:
            self._save_set(obj)
        elif t is frozenset:
            self._save_frozenset(obj)
        elif isinstance(obj, type) or _is_function(obj):
            self.save_global(obj)
        else:
            self._save_object(obj)

    def _save_int(self, obj):
        if 0 <= obj < 256:
            self.write(BININT1 + bytes([obj]))
        elif 0 <= obj < 65536:
            self.write(BININT2 + struct.pack('<H', obj))
        elif -0x80000000 <= obj <= 0x7fffffff:
            self.write(BININT + struct.pack('<i', obj))
        else:
            encoded = encode_long(obj)
            self.write(LONG1 + bytes([len(encoded)]) + encoded)

    def _save_str(self, obj):
        encoded = obj.encode('utf-8')
        n = len(encoded)
        if n < 256 and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINUNICODE8 + struct.pack('<Q', n) + encoded)
        else:
            self.write(BINUNICODE + struct.pack('<I', n) + encoded)
        self.memoize(obj)

    def _save_bytes(self, obj):
        if self.proto < 3:
            # Protocol 2 has no bytes opcode: codecs.encode(latin-1 text, 'latin1').
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + struct.pack('<Q', n) + obj)
        else:
            self.write(BINBYTES + struct.pack('<I', n) + obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self.write(BYTEARRAY8 + struct.pack('<Q', len(obj)) + bytes(obj))
        self.memoize(obj)

    def _save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE)
            return
        n = len(obj)
        if n <= 3:
            for item in obj:
                self.save(item)
            if id(obj) in self.memo:
                # A recursive tuple: it was memoized while its items were saved.
                self.write(POP * n + self._get(self.memo[id(obj)][0]))
                return
            self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
            self.memoize(obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def _batch_appends(self, items):
        items = list(items)
        for start in range(0, len(items), _BATCHSIZE):
            batch = items[start:start + _BATCHSIZE]
            if len(batch) == 1:
                self.save(batch[0])
                self.write(APPEND)
            else:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(APPENDS)

    def _batch_setitems(self, pairs):
        for start in range(0, len(pairs), _BATCHSIZE):
            batch = pairs[start:start + _BATCHSIZE]
            if len(batch) == 1:
                self.save(batch[0][0])
                self.save(batch[0][1])
                self.write(SETITEM)
            else:
                self.write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                self.write(SETITEMS)

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
        module_name = whichmodule(obj, name)
        if name is not None and '<locals>' in name:
            raise AttributeError(f"Can't pickle local object {name!r}")
        if name is None or '<lambda>' in name:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed")
        if module_name == 'builtins' or module_name == '__builtin__':
            module_name = 'builtins'
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        else:
            if '.' in name:
                raise PicklingError(f"Can't pickle {obj!r}: nested names need protocol 4")
            self.write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        self.memoize(obj)

    def _save_object(self, obj):
        reduce = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            table = self.dispatch_table
            reducer = table.get(type(obj)) if table else None
            if reducer is not None:
                rv = reducer(obj)
            elif _has_own(type(obj), '__reduce_ex__'):
                rv = obj.__reduce_ex__(self.proto)
            elif _has_own(type(obj), '__reduce__'):
                rv = obj.__reduce__()
            else:
                rv = _default_reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError(f'{type(obj).__name__}.__reduce__ must return a string or tuple')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements')
        self.save_reduce(*rv, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        if func is _newobj and self.proto >= 2:
            cls = args[0]
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self.write(POP + self._get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(list(dictitems))
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)


def _has_own(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in vars(klass):
            return True
    return False


def _is_function(obj):
    name = type(obj).__name__
    return name in ('function', 'builtin_function_or_method')


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


_newobj.__name__ = '__newobj__'
_newobj.__qualname__ = '__newobj__'
_newobj.__module__ = 'copyreg'


def _codecs_encode(text, encoding):
    return text.encode(encoding)


_codecs_encode.__name__ = 'encode'
_codecs_encode.__qualname__ = 'encode'
_codecs_encode.__module__ = '_codecs'


def _default_reduce(obj, proto):
    # object.__reduce_ex__(2+): copyreg.__newobj__(cls, *args), then the state.
    cls = type(obj)
    if cls.__name__ == 'function' or cls.__name__ == 'generator':
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs = getattr(obj, '__getnewargs__', None)
    args = tuple(getnewargs()) if getnewargs is not None else ()
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None and _has_own(cls, '__getstate__'):
        state = getstate()
    else:
        try:
            state = vars(obj) or None
        except TypeError:
            state = None
        slots = _slot_state(obj)
        if slots:
            state = (state, slots)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _slot_state(obj):
    state = {}
    for klass in type(obj).__mro__:
        for name in vars(klass).get('__slots__', ()) if klass is not object else ():
            if name in ('__dict__', '__weakref__'):
                continue
            if hasattr(obj, name):
                state[name] = getattr(obj, name)
    return state


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    buffer = io.BytesIO()
    Pickler(buffer, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return buffer.getvalue()


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


# ---- reading --------------------------------------------------------------------------------

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class _NumpyArrayState:
    """numpy.core.multiarray._reconstruct's result until BUILD gives it its state."""

    def __init__(self, shape, dtype):
        self.shape = shape
        self.dtype = dtype


def _numpy_reconstruct(subtype, shape, dtype):
    return _NumpyArrayState(shape, dtype)


_NUMPY_TYPE_CODES = {'b1': 'bool', 'i1': 'int8', 'i2': 'int16', 'i4': 'int32', 'i8': 'int64', 'u1': 'uint8',
                     'u2': 'uint16', 'u4': 'uint32', 'u8': 'uint64', 'f2': 'float16', 'f4': 'float32', 'f8': 'float64'}


class _PickledDtype:
    """numpy.dtype(code) as a pickle names it; BUILD may set its byte order."""

    def __init__(self, code):
        self.code = code.lstrip('<>|=')
        self.order = '>' if code.startswith('>') else '<'

    def numpy_dtype(self):
        import numpy
        return numpy.dtype(_NUMPY_TYPE_CODES.get(self.code, self.code))


def _numpy_dtype(name, align=False, copy=False):
    return _PickledDtype(name)


def _numpy_scalar(dtype, data):
    import numpy
    if isinstance(data, str):
        data = data.encode('latin-1')
    return _numpy_from_bytes(numpy, bytes(data), dtype)[0]


def _numpy_array_from_state(placeholder, state):
    import numpy
    version, shape, dtype, fortran, raw = state if len(state) == 5 else (1,) + tuple(state)
    if dtype.code.startswith('O'):
        # Cellgrad's numpy has no dtype=object: an object array (IMDB's ragged sequences)
        # comes back as the list of its elements.
        return list(raw)
    if isinstance(raw, list):
        array = numpy.array(raw, dtype=dtype.numpy_dtype())
    else:
        if isinstance(raw, str):
            raw = raw.encode('latin-1')
        array = _numpy_from_bytes(numpy, bytes(raw), dtype)
    if fortran:
        return array.reshape(tuple(reversed(shape))).T
    return array.reshape(shape)


_STRUCT_CODES = {'bool': '?', 'int8': 'b', 'uint8': 'B', 'int16': 'h', 'uint16': 'H', 'int32': 'i', 'uint32': 'I',
                 'int64': 'q', 'uint64': 'Q', 'float16': 'e', 'float32': 'f', 'float64': 'd'}


def _numpy_from_bytes(numpy, raw, dtype):
    name = _NUMPY_TYPE_CODES.get(dtype.code, dtype.code)
    if name in _STRUCT_CODES and name != 'float16':
        # Natively: a CIFAR-10 batch holds 30 million bytes.
        code = ('|' if dtype.code[-1] == '1' else dtype.order) + dtype.code
        return numpy.frombuffer(raw, dtype=code).astype(dtype.numpy_dtype())
    code = _STRUCT_CODES.get(name)
    if code is None:
        raise NotImplementedError(f'unpickling numpy arrays of dtype {name!r} is not supported in Cellgrad')
    size = struct.calcsize(code)
    values = struct.unpack(f'{dtype.order}{len(raw) // size}{code}', raw)
    return numpy.array(values, dtype=dtype.numpy_dtype())


class Unpickler:
    """Reads one pickled object from a binary file: Unpickler(file).load()."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self.encoding = encoding
        self.errors = errors
        self.memo = {}
        self.proto = 0

    def find_class(self, module, name):
        if module in ('numpy.core.multiarray', 'numpy._core.multiarray'):
            if name == '_reconstruct':
                return _numpy_reconstruct
            if name == 'scalar':
                return _numpy_scalar
        if module == 'numpy' and name == 'dtype':
            return _numpy_dtype
        if module == 'copyreg' or module == 'copy_reg':
            if name == '__newobj__':
                return _newobj
            if name == '_reconstructor':
                return _reconstructor
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        if module in ('builtins', '__builtin__'):
            if name in _BUILTINS:
                return _BUILTINS[name]
            raise AttributeError(f"module 'builtins' has no attribute '{name}'")
        parts = name.split('.')
        if module == '__main__':
            import _main
            target = _main.lookup(parts.pop(0))
        else:
            target = __import__(module)
            for part in module.split('.')[1:]:
                target = getattr(target, part)
        for part in parts:
            try:
                target = getattr(target, part)
            except AttributeError:
                raise AttributeError(f"Can't get attribute '{name}' on {target!r}") from None
        return target

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no persistent_load function was specified.')

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def _readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line[:-1]

    def _pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def load(self):
        if not hasattr(self, '_file_read'):
            raise UnpicklingError(f'Unpickler.__init__() was not called by {type(self).__name__}.__init__()')
        self.stack = []
        self.metastack = []
        first = self._file_read(1)
        if not first:
            raise EOFError('Ran out of input')
        op = first
        dispatch = _DISPATCH
        try:
            while True:
                handler = dispatch.get(op)
                if handler is None:
                    raise UnpicklingError(f'invalid load key, {op.decode("latin-1")!r}.')
                handler(self)
                op = self._file_read(1)
                if not op:
                    raise UnpicklingError('pickle data was truncated')
        except _Stop as stop:
            return stop.value

    # -- opcode handlers -------------------------------------------------------------------

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError(f'unsupported pickle protocol: {proto}')
        self.proto = proto

    def load_frame(self):
        self._read(8)

    def load_stop(self):
        raise _Stop(self.stack.pop())

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def load_pop_mark(self):
        self._pop_mark()

    def load_dup(self):
        self.stack.append(self.stack[-1])

    def load_none(self):
        self.stack.append(None)

    def load_true(self):
        self.stack.append(True)

    def load_false(self):
        self.stack.append(False)

    def load_int(self):
        data = self._readline()
        if data == b'00':
            value = False
        elif data == b'01':
            value = True
        else:
            value = int(data.decode('ascii'), 0)
        self.stack.append(value)

    def load_binint(self):
        self.stack.append(struct.unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self.stack.append(self._read(1)[0])

    def load_binint2(self):
        self.stack.append(struct.unpack('<H', self._read(2))[0])

    def load_long(self):
        text = self._readline().decode('ascii')
        if text.endswith('L'):
            text = text[:-1]
        self.stack.append(int(text, 0))

    def load_long1(self):
        n = self._read(1)[0]
        self.stack.append(decode_long(self._read(n)))

    def load_long4(self):
        (n,) = struct.unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self.stack.append(decode_long(self._read(n)))

    def load_float(self):
        self.stack.append(float(self._readline().decode('ascii')))

    def load_binfloat(self):
        self.stack.append(struct.unpack('>d', self._read(8))[0])

    def _decode_string(self, value):
        if self.encoding == 'bytes':
            return value
        if self.encoding == 'latin1' or self.encoding == 'latin-1':
            return value.decode('latin-1', self.errors)
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        self.stack.append(self._decode_string(_unescape_bytes(data)))

    def load_binstring(self):
        (n,) = struct.unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError('BINSTRING pickle has negative byte count')
        self.stack.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.stack.append(self._decode_string(self._read(n)))

    def load_unicode(self):
        self.stack.append(_unescape_unicode(self._readline().decode('latin-1')))

    def load_binunicode(self):
        (n,) = struct.unpack('<I', self._read(4))
        self.stack.append(self._read(n).decode('utf-8'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.stack.append(self._read(n).decode('utf-8'))

    def load_binunicode8(self):
        (n,) = struct.unpack('<Q', self._read(8))
        self.stack.append(self._read(n).decode('utf-8'))

    def load_binbytes(self):
        (n,) = struct.unpack('<I', self._read(4))
        self.stack.append(self._read(n))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.stack.append(self._read(n))

    def load_binbytes8(self):
        (n,) = struct.unpack('<Q', self._read(8))
        self.stack.append(self._read(n))

    def load_bytearray8(self):
        (n,) = struct.unpack('<Q', self._read(8))
        self.stack.append(bytearray(self._read(n)))

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_tuple(self):
        self.stack.append(())

    def load_empty_dict(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_tuple(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_list(self):
        items = self._pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self._pop_mark()
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def load_frozenset(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def load_append(self):
        value = self.stack.pop()
        target = self.stack[-1]
        target.append(value)

    def load_appends(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, list):
            target.extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def load_setitems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_global(self):
        module = self._readline().decode('utf-8')
        name = self._readline().decode('utf-8')
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if not isinstance(name, str) or not isinstance(module, str):
            raise UnpicklingError('STACK_GLOBAL requires str')
        self.stack.append(self.find_class(module, name))

    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def load_obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self.stack.append(_instantiate(cls, args))

    def load_inst(self):
        module = self._readline().decode('ascii')
        name = self._readline().decode('ascii')
        cls = self.find_class(module, name)
        args = self._pop_mark()
        self.stack.append(_instantiate(cls, args))

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        if isinstance(inst, _NumpyArrayState):
            array = _numpy_array_from_state(inst, state)
            self.stack[-1] = array
            for key, value in list(self.memo.items()):
                if value is inst:
                    self.memo[key] = array
            return
        if isinstance(inst, _PickledDtype):
            if isinstance(state, tuple) and len(state) > 1 and state[1] in ('<', '>'):
                inst.order = state[1]
            return
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None and _has_own(type(inst), '__setstate__'):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            for k, v in state.items():
                setattr(inst, k, v)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_put(self):
        i = int(self._readline().decode('ascii'))
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self._read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        (i,) = struct.unpack('<I', self._read(4))
        self.memo[i] = self.stack[-1]

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError(f'Memo value not found at index {i}') from None

    def load_get(self):
        self.stack.append(self._memo_get(int(self._readline().decode('ascii'))))

    def load_binget(self):
        self.stack.append(self._memo_get(self._read(1)[0]))

    def load_long_binget(self):
        (i,) = struct.unpack('<I', self._read(4))
        self.stack.append(self._memo_get(i))

    def load_persid(self):
        self.stack.append(self.persistent_load(self._readline().decode('ascii')))

    def load_binpersid(self):
        pid = self.stack.pop()
        self.stack.append(self.persistent_load(pid))

    def load_ext(self):
        raise NotImplementedError('pickle extension registry codes (EXT1/2/4) are not supported in Cellgrad')

    def load_buffer(self):
        raise NotImplementedError('pickle out-of-band buffers (protocol 5 NEXT_BUFFER) are not supported in Cellgrad')

    def load_readonly_buffer(self):
        pass


def _instantiate(cls, args):
    if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
        return cls(*args)
    return cls.__new__(cls)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def _unescape_bytes(data):
    # The body of a protocol-0 STRING: Python's repr escapes.
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39, ord('"'): 34,
              ord('0'): 0, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < n:
        c = data[i]
        if c == 92 and i + 1 < n:
            e = data[i + 1]
            if e == ord('x') and i + 3 < n + 1:
                out.append(int(data[i + 2:i + 4].decode('ascii'), 16))
                i += 4
                continue
            if e in simple:
                out.append(simple[e])
                i += 2
                continue
        out.append(c)
        i += 1
    return bytes(out)


def _unescape_unicode(text):
    # raw-unicode-escape: only \\uXXXX and \\UXXXXXXXX are escapes.
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            out.append(chr(int(text[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


_BUILTINS = {
    'set': set, 'frozenset': frozenset, 'list': list, 'dict': dict, 'tuple': tuple,
    'bytearray': bytearray, 'bytes': bytes, 'str': str, 'int': int, 'float': float, 'bool': bool,
    'object': object, 'getattr': getattr, 'range': range, 'slice': slice, 'type': type,
    'complex': complex, 'Exception': Exception, 'ValueError': ValueError, 'KeyError': KeyError,
    'TypeError': TypeError, 'IndexError': IndexError, 'RuntimeError': RuntimeError,
    'print': print, 'len': len, 'sum': sum, 'max': max, 'min': min, 'abs': abs, 'sorted': sorted,
    'reversed': reversed, 'zip': zip, 'enumerate': enumerate, 'map': map, 'filter': filter,
}

_DISPATCH = {
    PROTO: Unpickler.load_proto, FRAME: Unpickler.load_frame, STOP: Unpickler.load_stop,
    MARK: Unpickler.load_mark, POP: Unpickler.load_pop, POP_MARK: Unpickler.load_pop_mark,
    DUP: Unpickler.load_dup, NONE: Unpickler.load_none, NEWTRUE: Unpickler.load_true,
    NEWFALSE: Unpickler.load_false, INT: Unpickler.load_int, BININT: Unpickler.load_binint,
    BININT1: Unpickler.load_binint1, BININT2: Unpickler.load_binint2, LONG: Unpickler.load_long,
    LONG1: Unpickler.load_long1, LONG4: Unpickler.load_long4, FLOAT: Unpickler.load_float,
    BINFLOAT: Unpickler.load_binfloat, STRING: Unpickler.load_string,
    BINSTRING: Unpickler.load_binstring, SHORT_BINSTRING: Unpickler.load_short_binstring,
    UNICODE: Unpickler.load_unicode, BINUNICODE: Unpickler.load_binunicode,
    SHORT_BINUNICODE: Unpickler.load_short_binunicode, BINUNICODE8: Unpickler.load_binunicode8,
    BINBYTES: Unpickler.load_binbytes, SHORT_BINBYTES: Unpickler.load_short_binbytes,
    BINBYTES8: Unpickler.load_binbytes8, BYTEARRAY8: Unpickler.load_bytearray8,
    EMPTY_LIST: Unpickler.load_empty_list, EMPTY_TUPLE: Unpickler.load_empty_tuple,
    EMPTY_DICT: Unpickler.load_empty_dict, EMPTY_SET: Unpickler.load_empty_set,
    TUPLE: Unpickler.load_tuple, TUPLE1: Unpickler.load_tuple1, TUPLE2: Unpickler.load_tuple2,
    TUPLE3: Unpickler.load_tuple3, LIST: Unpickler.load_list, DICT: Unpickler.load_dict,
    FROZENSET: Unpickler.load_frozenset, APPEND: Unpickler.load_append,
    APPENDS: Unpickler.load_appends, SETITEM: Unpickler.load_setitem,
    SETITEMS: Unpickler.load_setitems, ADDITEMS: Unpickler.load_additems,
    GLOBAL: Unpickler.load_global, STACK_GLOBAL: Unpickler.load_stack_global,
    REDUCE: Unpickler.load_reduce, NEWOBJ: Unpickler.load_newobj,
    NEWOBJ_EX: Unpickler.load_newobj_ex, OBJ: Unpickler.load_obj, INST: Unpickler.load_inst,
    BUILD: Unpickler.load_build, PUT: Unpickler.load_put, BINPUT: Unpickler.load_binput,
    LONG_BINPUT: Unpickler.load_long_binput, MEMOIZE: Unpickler.load_memoize,
    GET: Unpickler.load_get, BINGET: Unpickler.load_binget, LONG_BINGET: Unpickler.load_long_binget,
    PERSID: Unpickler.load_persid, BINPERSID: Unpickler.load_binpersid,
    EXT1: Unpickler.load_ext, EXT2: Unpickler.load_ext, EXT4: Unpickler.load_ext,
    NEXT_BUFFER: Unpickler.load_buffer, READONLY_BUFFER: Unpickler.load_readonly_buffer,
}


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors).load()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors).load()
"""#
}
