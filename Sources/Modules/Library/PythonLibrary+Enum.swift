extension PythonLibrary {
    /// `import enum`, in Cellgrad Python (compiled on first import).
    static let enumModule = #"""
"""Enumerations: Enum, IntEnum, StrEnum, Flag, auto, unique."""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique']


class auto:
    """A member value chosen for you: one more than the previous member's (1 for the first)."""

    def __init__(self):
        self.value = None


class EnumMeta(type):
    """What an Enum class does as a whole: iterate, count, look up and contain its members."""

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' "
                        f"and '{cls.__class__.__qualname__}'")

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return f'<enum {cls.__name__!r}>'


EnumType = EnumMeta


def _is_member_candidate(name, value):
    if name.startswith('_'):
        return False
    if callable(value) and not isinstance(value, auto):
        return False
    return type(value).__name__ not in ('classmethod', 'staticmethod', 'property', 'function')


class Enum(metaclass=EnumMeta):
    """Named constants: class Color(Enum): RED = 1. Members are singletons; Color(1) and
    Color['RED'] look them up."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls, **kwargs):
        names = []
        members = {}
        by_value = {}
        for base in cls.__mro__[1:]:
            if getattr(base, '_member_names_', None):
                raise TypeError(f'{cls.__name__!r} cannot extend {base!r}')
        last = 0
        candidates = [(k, v) for k, v in cls.__dict__.items() if _is_member_candidate(k, v)]
        for index, (name, value) in enumerate(candidates):
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, index, [m._value_ for m in members.values()])
            if value in by_value:
                # An alias: the name refers to the existing member.
                members[name] = by_value[value]
                setattr(cls, name, by_value[value])
                continue
            member = cls._new_member_(value)
            object.__setattr__(member, '_name_', name)
            object.__setattr__(member, '_value_', value)
            names.append(name)
            members[name] = member
            by_value[value] = member
            setattr(cls, name, member)
        cls._member_names_ = names
        cls._member_map_ = members
        cls._value2member_map_ = by_value

    @classmethod
    def _new_member_(cls, value):
        return object.__new__(cls)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            if isinstance(value, int):
                return value + 1
        return start

    def __new__(cls, value):
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __setattr__(self, key, value):
        if key in ('name', 'value', '_name_', '_value_'):
            raise AttributeError(f"<enum 'Enum'> cannot set attribute {key!r}")
        object.__setattr__(self, key, value)

    def __repr__(self):
        return f'<{self.__class__.__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class IntEnum(Enum):
    """Members that are also numbers: compare, add and index like their values."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __rsub__(self, other):
        return other - self._value_

    def __mul__(self, other):
        return self._value_ * other

    def __rmul__(self, other):
        return other * self._value_


class StrEnum(Enum):
    """Members that are also their string values."""

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members that combine with | and &: Perm.R | Perm.W."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        high = 0
        for value in last_values:
            if isinstance(value, int) and value > high:
                high = value
        return 1 if high == 0 else high.bit_length() and 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        member = object.__new__(cls)
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        object.__setattr__(member, '_name_', '|'.join(names) if names else None)
        object.__setattr__(member, '_value_', value)
        return member

    def __or__(self, other):
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        return self.__class__(self._value_ ^ other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __eq__(self, other):
        return isinstance(other, self.__class__) and self._value_ == other._value_

    def __hash__(self):
        return hash(self._value_)

    def __repr__(self):
        return f'<{self.__class__.__name__}.{self._name_}: {self._value_!r}>'


IntFlag = Flag


def unique(enumeration):
    """Class decorator: fails when two names share a value."""
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items()
                  if name != member._name_]
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration
"""#
}
