"""dir(module) of every standard-library module Cellgrad provides, against CPython 3.11's.

The public names (no leading underscore; submodules left out) that cellgrad's modules have are
compared with stdlib_dir/cpython_names.json, written by CPython through
stdlib_dir/generate_dir_names.py. Every difference must be listed below with its reason (a key
is a name or a shell pattern for a family of names); an unlisted one fails, and so does a listed
one that no longer differs, so the list stays true.
"""
from __future__ import annotations

import fnmatch
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippetlib  # noqa: E402

HERE = Path(__file__).resolve().parent / 'stdlib_dir'

INTERNAL = 'imported by the CPython module for its own use, not part of its API'
ASYNC = 'Cellgrad has no async/await'

# Names CPython has that Cellgrad does not, with the reason.
MISSING: dict[str, dict[str, str]] = {
    'abc': {'abstractclassmethod': 'deprecated since 3.3 (use @classmethod over @abstractmethod)',
            'abstractstaticmethod': 'deprecated since 3.3 (use @staticmethod over @abstractmethod)',
            'update_abstractmethods': 'not implemented: classes are not re-checked after creation'},
    'base64': {'main': 'the `python -m base64` command line', 'test': 'the self-test of `python -m base64`'},
    'binascii': {'a2b_qp': 'quoted-printable is not implemented', 'b2a_qp': 'quoted-printable is not implemented',
                 'a2b_uu': 'uuencode is not implemented', 'b2a_uu': 'uuencode is not implemented',
                 'crc_hqx': 'CRC-CCITT is not implemented'},
    'contextlib': {'AbstractAsyncContextManager': ASYNC,
                   'Async*': ASYNC, 'aclosing': ASYNC, 'asynccontextmanager': ASYNC,
                   'GenericAlias': INTERNAL, 'MethodType': INTERNAL, 'deque': INTERNAL, 'wraps': INTERNAL},
    'copy': {'dispatch_table': 'copyreg reduction registry is not implemented; use __copy__/__deepcopy__/__reduce__'},
    'csv': {'StringIO': INTERNAL + ' (not imported here: io is loaded when a file is)'},
    'dataclasses': {'FunctionType': INTERNAL, 'GenericAlias': INTERNAL},
    'datetime': {'datetime_CAPI': 'the C API capsule for extension modules; Cellgrad has no C extensions'},
    'enum': {'CONFORM': 'FlagBoundary (3.11) is not implemented', 'CONTINUOUS': 'enum.verify (3.11) is not implemented',
             'EJECT': 'FlagBoundary (3.11) is not implemented', 'KEEP': 'FlagBoundary (3.11) is not implemented',
             'STRICT': 'FlagBoundary (3.11) is not implemented', 'FlagBoundary': 'not implemented (new in 3.11)',
             'EnumCheck': 'enum.verify (3.11) is not implemented', 'NAMED_FLAGS': 'enum.verify (3.11) is not implemented',
             'UNIQUE': 'enum.verify (3.11) is not implemented', 'verify': 'not implemented (new in 3.11)',
             'ReprEnum': 'not implemented (new in 3.11)', 'member': 'not implemented (new in 3.11)',
             'nonmember': 'not implemented (new in 3.11)', 'global_*': 'global_enum and its helpers (3.11) are not implemented',
             'show_flag_values': 'internal helper of Flag', 'pickle_by_*': 'internal pickling helpers',
             'DynamicClassAttribute': INTERNAL, 'MappingProxyType': INTERNAL, 'bin': INTERNAL, 'property': INTERNAL,
             'reduce': INTERNAL},
    'fractions': {'Decimal': 'CPython imports it from decimal at import; Cellgrad does not load decimal '
                             'for fractions (Fraction(Decimal(...)) works without it)'},
    'functools': {'GenericAlias': INTERNAL, 'RLock': INTERNAL, 'namedtuple': INTERNAL,
                  'get_cache_token': 'abc cache tokens are not implemented', 'recursive_repr': 'not implemented',
                  'singledispatchmethod': 'not implemented; use singledispatch on a function'},
    'glob': {'glob0': 'undocumented internal helper', 'glob1': 'undocumented internal helper',
             'magic_check_bytes': 'bytes patterns are not supported (str paths only)'},
    'gzip': {'main': 'the `python -m gzip` command line', 'write32u': 'undocumented internal helper'},
    'inspect': {'CO_*': 'code-object flags: Cellgrad functions have no code objects',
                'CORO_*': ASYNC, 'GEN_*': 'generator states (getgeneratorstate) are not implemented',
                'TPFLAGS_IS_ABSTRACT': 'type flags ' + INTERNAL,
                'currentframe': 'frame objects are not exposed', 'stack': 'frame objects are not exposed',
                'trace': 'frame objects are not exposed', 'getframeinfo': 'frame objects are not exposed',
                'getinnerframes': 'frame objects are not exposed', 'getouterframes': 'frame objects are not exposed',
                'getlineno': 'frame objects are not exposed', 'FrameInfo': 'frame objects are not exposed',
                'Traceback': 'frame objects are not exposed', 'getargvalues': 'frame objects are not exposed',
                'formatargvalues': 'frame objects are not exposed', 'ArgInfo': 'frame objects are not exposed',
                'isframe': 'frame objects are not exposed', 'istraceback': 'traceback objects are not exposed',
                'iscode': 'Cellgrad functions have no code objects', 'getargs': 'Cellgrad functions have no code objects',
                'Arguments': 'Cellgrad functions have no code objects',
                'getsourcelines': 'source retrieval is not implemented (getsource raises NotImplementedError)',
                'getsourcefile': 'source retrieval is not implemented', 'getfile': 'source retrieval is not implemented',
                'getabsfile': 'source retrieval is not implemented', 'findsource': 'source retrieval is not implemented',
                'getcomments': 'source retrieval is not implemented', 'getblock': 'source retrieval is not implemented',
                'BlockFinder': 'source retrieval is not implemented', 'EndOfBlock': 'source retrieval is not implemented',
                'indentsize': 'source retrieval is not implemented', 'modulesbyfile': 'source retrieval is not implemented',
                'getmodulename': 'source retrieval is not implemented', 'ClassFoundException': INTERNAL,
                'Attribute': 'classify_class_attrs is not implemented', 'classify_class_attrs': 'not implemented',
                'getclasstree': 'not implemented', 'walktree': 'not implemented',
                'getattr_static': 'not implemented', 'getmembers_static': 'not implemented',
                'getclosurevars': 'not implemented', 'ClosureVars': 'not implemented',
                'getcoroutinelocals': ASYNC, 'getcoroutinestate': ASYNC,
                'getgeneratorlocals': 'not implemented', 'getgeneratorstate': 'not implemented',
                'isgetsetdescriptor': 'C-level descriptors do not exist in Cellgrad',
                'ismemberdescriptor': 'C-level descriptors do not exist in Cellgrad',
                'ismethodwrapper': 'C-level method wrappers do not exist in Cellgrad',
                'formatannotationrelativeto': 'not implemented', 'attrgetter': INTERNAL},
    'io': {'BlockingIOError': 'Cellgrad has no non-blocking I/O, so no BlockingIOError'},
    'math': {'cbrt': 'not implemented (new in 3.11)', 'exp2': 'not implemented (new in 3.11)',
             'frexp': 'not implemented', 'ldexp': 'not implemented', 'modf': 'not implemented',
             'nextafter': 'not implemented', 'remainder': 'not implemented',
             'ulp': 'not implemented'},
    'os': {'[A-Z]*': 'operating-system constants (O_*, EX_*, W*, P_*, SCHED_*, ...) for calls Cellgrad does not expose',
           '[a-z]*': 'process, file-descriptor, user and permission calls: a notebook cell has files, directories and '
                     'the environment (os.system and os.get_terminal_size raise a clear error)',
           'GenericAlias': INTERNAL, 'Mapping': INTERNAL, 'MutableMapping': INTERNAL},
    'pathlib': {'E*': 'errno constants ' + INTERNAL, 'S_IS*': 'stat predicates ' + INTERNAL,
                'Sequence': INTERNAL, 'attrgetter': INTERNAL, 'urlquote_from_bytes': INTERNAL},
    'pickle': {'partial': INTERNAL + ' (not imported: importing functools would double the import time)',
               'islice': INTERNAL + ' (not imported, for the import time)'},
    'random': {'Random': 'one module-level generator only; random.seed() makes it reproducible',
               'SystemRandom': 'not implemented; os.urandom gives random bytes',
               'getstate': 'generator state objects are not implemented', 'setstate': 'generator state objects are not implemented',
               'randbytes': 'not implemented', 'betavariate': 'not implemented', 'gammavariate': 'not implemented',
               'paretovariate': 'not implemented', 'vonmisesvariate': 'not implemented', 'weibullvariate': 'not implemented',
               'BPF': INTERNAL, 'LOG4': INTERNAL, 'NV_MAGICCONST': INTERNAL, 'RECIP_BPF': INTERNAL,
               'SG_MAGICCONST': INTERNAL, 'TWOPI': INTERNAL},
    're': {'RegexFlag': 'flags are plain ints in Cellgrad (re.I | re.M works the same)',
           'Scanner': 'undocumented', 'T': 'TEMPLATE (undocumented, removed in 3.13)', 'TEMPLATE': 'undocumented, removed in 3.13'},
    'statistics': {'Counter': INTERNAL, 'Decimal': INTERNAL, 'Fraction': INTERNAL, 'bisect_left': INTERNAL,
                   'bisect_right': INTERNAL, 'defaultdict': INTERNAL, 'erf': INTERNAL, 'exp': INTERNAL, 'fabs': INTERNAL,
                   'fsum': INTERNAL, 'groupby': INTERNAL, 'hypot': INTERNAL, 'log': INTERNAL, 'mul': INTERNAL,
                   'reduce': INTERNAL, 'repeat': INTERNAL, 'sqrt': INTERNAL, 'tau': INTERNAL},
    'time': {'CLOCK_*': 'POSIX clock ids: clock_gettime and friends are not exposed',
             'clock_*': 'not exposed; use time.perf_counter or time.monotonic',
             'get_clock_info': 'not implemented', 'pthread_getcpuclockid': 'no threads in Cellgrad Python',
             'thread_time*': 'no threads in Cellgrad Python', 'tzset': 'the time zone is fixed for the session'},
    'types': {'AsyncGeneratorType': ASYNC, 'CoroutineType': ASYNC, 'coroutine': ASYNC,
              'CellType': 'closure cells are not exposed', 'CodeType': 'Cellgrad functions have no code objects',
              'FrameType': 'frame objects are not exposed', 'TracebackType': 'traceback objects are not exposed',
              '*DescriptorType': 'C-level descriptors do not exist in Cellgrad',
              'MethodWrapperType': 'C-level method wrappers do not exist in Cellgrad',
              'DynamicClassAttribute': 'not implemented', 'GenericAlias': 'not implemented',
              'UnionType': 'int | str annotations are not implemented', 'new_class': 'not implemented',
              'prepare_class': 'not implemented', 'resolve_bases': 'not implemented'},
    'typing': {'io': 'the deprecated typing.io namespace (BinaryIO, TextIO) is not implemented',
               're': 'the deprecated typing.re namespace (Match, Pattern) is not implemented',
               'Async*': ASYNC, 'ByteString': 'deprecated; bytes works as an annotation',
               'BinaryIO': 'IO annotations are not implemented', 'IO': 'IO annotations are not implemented',
               'TextIO': 'IO annotations are not implemented', 'Concatenate': 'ParamSpec forms are not implemented',
               'ParamSpecArgs': 'ParamSpec forms are not implemented', 'ParamSpecKwargs': 'ParamSpec forms are not implemented',
               'TypeVarTuple': 'not implemented (new in 3.11)', 'Unpack': 'not implemented (new in 3.11)',
               'Required': 'TypedDict Required/NotRequired (3.11) are not implemented',
               'NotRequired': 'TypedDict Required/NotRequired (3.11) are not implemented',
               'ContextManager': 'deprecated alias of contextlib.AbstractContextManager, not implemented',
               'ChainMap': 'deprecated alias, not implemented; use collections.ChainMap',
               'Counter': 'deprecated alias, not implemented; use collections.Counter',
               'Deque': 'deprecated alias, not implemented; use collections.deque',
               'OrderedDict': 'deprecated alias, not implemented; use collections.OrderedDict',
               'MappingView': 'deprecated alias, not implemented', 'Match': 'deprecated alias, not implemented; use re.Match',
               'Pattern': 'deprecated alias, not implemented; use re.Pattern', 'Supports*': 'the Supports* protocols are not implemented',
               'ForwardRef': 'string annotations stay strings (no ForwardRef objects)',
               'assert_never': 'not implemented (new in 3.11)', 'assert_type': 'not implemented (new in 3.11)',
               'reveal_type': 'not implemented (new in 3.11)', 'clear_overloads': 'overload registry not implemented',
               'get_overloads': 'overload registry not implemented', 'dataclass_transform': 'not implemented (new in 3.11)',
               'is_typeddict': 'not implemented', 'no_type_check_decorator': 'deprecated, not implemented',
               'NamedTupleMeta': INTERNAL, 'EXCLUDED_ATTRIBUTES': INTERNAL, 'GenericAlias': INTERNAL,
               'MethodDescriptorType': INTERNAL, 'MethodWrapperType': INTERNAL, 'WrapperDescriptorType': INTERNAL,
               'ABCMeta': INTERNAL, 'abstractmethod': INTERNAL, 'defaultdict': INTERNAL,
               'T': 'a type variable typing defines for its own aliases', 'T_co': 'a type variable typing defines for its own aliases',
               'T_contra': 'a type variable typing defines for its own aliases', 'KT': 'a type variable typing defines for its own aliases',
               'VT': 'a type variable typing defines for its own aliases', 'VT_co': 'a type variable typing defines for its own aliases',
               'V_co': 'a type variable typing defines for its own aliases', 'CT_co': 'a type variable typing defines for its own aliases'},
}

# Names Cellgrad has that CPython 3.11 does not, with the reason.
EXTRA: dict[str, dict[str, str]] = {
    'collections.abc': {'ABCMeta': 'the metaclass the ABCs are built with (re-exported by our collections.abc)'},
    'functools': {'CacheInfo': "the namedtuple lru_cache's cache_info() returns (CPython's _CacheInfo)"},
    'itertools': {'batched': 'from Python 3.12, as the issue asks'},
    're': {'PatternError': 'the 3.13 name of re.error, kept as an alias'},
}


@pytest.fixture(scope='module')
def names() -> tuple[dict, dict]:
    exe = snippetlib.cellgrad_path()
    if not exe.exists():
        pytest.fail(f'cellgrad executable not found at {exe}', pytrace=False)
    proc = subprocess.run([str(exe), 'run', str(HERE / 'list_names.py')], capture_output=True, text=True,
                          timeout=60, env=snippetlib.child_env())
    assert proc.returncode == 0, proc.stderr[-2000:]
    ours = json.loads(proc.stdout)
    cpython = json.loads((HERE / 'cpython_names.json').read_text())
    return cpython, ours


MODULES = sorted(json.loads((HERE / 'cpython_names.json').read_text()))


@pytest.mark.parametrize('module', MODULES)
def test_dir_matches_cpython(module: str, names):
    cpython, ours = names
    theirs, mine = set(cpython[module]), set(ours[module])
    problems = []
    for label, differing, listed in (('missing from cellgrad', theirs - mine, MISSING.get(module, {})),
                                     ('not in CPython', mine - theirs, EXTRA.get(module, {}))):
        # A listed key is a name or a shell pattern ('O_*') covering a family of names.
        unexplained = sorted(n for n in differing if not any(fnmatch.fnmatchcase(n, key) for key in listed))
        stale = sorted(key for key in listed if not any(fnmatch.fnmatchcase(n, key) for n in differing))
        if unexplained:
            problems.append(f'{label}: {unexplained}')
        if stale:
            problems.append(f'listed as {label} but no longer differs (remove it): {stale}')
    assert not problems, f'{module}: ' + '; '.join(problems)
