extension PythonLibrary {
    /// `import decimal`, in Cellgrad Python (compiled on first import).
    static let decimal = #"""
"""Decimal floating point: exact decimal arithmetic rounded to a context's precision.

Decimal(str | int | float | tuple), + - * / // % ** with Decimals and ints, quantize,
comparisons, str/repr as Python writes them, and getcontext()/localcontext() with prec and
rounding. Coefficients are kept as digit strings (Cellgrad ints are 64-bit, a 28-digit
coefficient is not), so arithmetic here is exact at any precision."""

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
           'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
           'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
           'HAVE_CONTEXTVAR']

from collections import namedtuple as _namedtuple

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
             Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]


# ---- digit-string arithmetic ----------------------------------------------------------------
# Non-negative integers as decimal digit strings without leading zeros ('0' for zero).

def _strip(s):
    s = s.lstrip('0')
    return s or '0'


def _cmp(a, b):
    if len(a) != len(b):
        return -1 if len(a) < len(b) else 1
    return 0 if a == b else (-1 if a < b else 1)


def _limbs(s):
    # Little-endian base-10**9 limbs.
    out = []
    end = len(s)
    while end > 0:
        start = max(0, end - 9)
        out.append(int(s[start:end]))
        end = start
    return out


def _unlimbs(limbs):
    while len(limbs) > 1 and limbs[-1] == 0:
        limbs.pop()
    text = str(limbs[-1]) + ''.join(f'{x:09d}' for x in reversed(limbs[:-1]))
    return text


def _add(a, b):
    if len(a) < 18 and len(b) < 18:
        return str(int(a) + int(b))
    x, y = _limbs(a), _limbs(b)
    if len(x) < len(y):
        x, y = y, x
    carry = 0
    out = []
    for i in range(len(x)):
        total = x[i] + (y[i] if i < len(y) else 0) + carry
        carry, digit = divmod(total, 1000000000)
        out.append(digit)
    if carry:
        out.append(carry)
    return _unlimbs(out)


def _sub(a, b):
    # a >= b
    if len(a) < 19:
        return str(int(a) - int(b))
    x, y = _limbs(a), _limbs(b)
    borrow = 0
    out = []
    for i in range(len(x)):
        diff = x[i] - (y[i] if i < len(y) else 0) - borrow
        if diff < 0:
            diff += 1000000000
            borrow = 1
        else:
            borrow = 0
        out.append(diff)
    return _unlimbs(out)


def _mul(a, b):
    if len(a) + len(b) < 19:
        return str(int(a) * int(b))
    if a == '0' or b == '0':
        return '0'
    x, y = _limbs(a), _limbs(b)
    out = [0] * (len(x) + len(y))
    for i in range(len(x)):
        carry = 0
        xi = x[i]
        for j in range(len(y)):
            carry, out[i + j] = divmod(out[i + j] + xi * y[j] + carry, 1000000000)
        k = i + len(y)
        while carry:
            carry, out[k] = divmod(out[k] + carry, 1000000000)
            k += 1
    return _unlimbs(out)


def _divmod(a, b):
    """(a // b, a % b) for digit strings, b != '0'."""
    if len(a) < 19 and len(b) < 19:
        q, r = divmod(int(a), int(b))
        return str(q), str(r)
    quotient = []
    remainder = '0'
    for digit in a:
        remainder = _strip(remainder + digit)
        q = 0
        while _cmp(remainder, b) >= 0:
            remainder = _sub(remainder, b)
            q += 1
        quotient.append(str(q))
    return _strip(''.join(quotient)), remainder


def _shift(a, n):
    return a + '0' * n if a != '0' else '0'


# ---- context --------------------------------------------------------------------------------

class Context:
    """Precision, rounding, exponent limits, and the signals that are trapped or were flagged."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = [s for s in _SIGNALS if base and base.traps[s]] if base else [DivisionByZero, Overflow, InvalidOperation]
        if isinstance(traps, dict):
            self.traps = {s: bool(traps.get(s, False)) for s in _SIGNALS}
        else:
            self.traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = []
        if isinstance(flags, dict):
            self.flags = {s: bool(flags.get(s, False)) for s in _SIGNALS}
        else:
            self.flags = {s: s in flags for s in _SIGNALS}

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name in ('Emin', 'Emax', 'capitals', 'clamp', 'traps', 'flags'):
            pass
        else:
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags[s]]
        traps = [s.__name__ for s in _SIGNALS if self.traps[s]]
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f"flags=[{', '.join(flags)}], traps=[{', '.join(traps)}])")

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, explanation=None):
        """Flags the signal of `condition` (a signal or one of InvalidOperation's specific
        conditions); raises it if trapped, else returns the operation's quiet result."""
        signal = InvalidOperation if issubclass(condition, InvalidOperation) else condition
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])
        if signal is InvalidOperation:
            return _NAN
        return None

    def create_decimal(self, num='0'):
        d = Decimal(num, self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def abs(self, a):
        return _convert(a, True).__abs__(self)

    def plus(self, a):
        return _convert(a, True).__pos__(self)

    def minus(self, a):
        return _convert(a, True).__neg__(self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, self)


_context = None


def getcontext():
    global _context
    if _context is None:
        _context = DefaultContext.copy()
    return _context


def setcontext(context):
    global _context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    manager = _ContextManager(ctx if ctx is not None else getcontext())
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


# ---- Decimal --------------------------------------------------------------------------------

def _convert(other, raise_on_error=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raise_on_error:
        raise TypeError(f'conversion from {type(other).__name__} to Decimal is not supported')
    return NotImplemented


def _parse(text):
    s = text.strip().replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 'F', 0
    if low.startswith('snan') or low.startswith('nan'):
        payload = low[4:] if low.startswith('snan') else low[3:]
        if payload and not payload.isdigit():
            return None
        return sign, ('N' if low.startswith('snan') else 'n'), _strip(payload) if payload else ''
    mantissa, exp = low, 0
    if 'e' in low:
        mantissa, _, exp_text = low.partition('e')
        body = exp_text[1:] if exp_text[:1] in '+-' else exp_text
        if not body.isdigit():
            return None
        exp = int(exp_text)
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    return sign, _strip(whole + frac), exp - len(frac)


def _binary(symbol):
    """Decorates `self <symbol> other`: converts an int, takes the context, and answers NaN
    operands; the body sees two Decimals and a context."""
    def decorate(body):
        def method(self, other, context=None):
            other = _convert(other)
            if other is NotImplemented:
                return other
            context = context or getcontext()
            special = self._special_result(other, context, symbol)
            if special is not None:
                return special
            return body(self, other, context)
        method.__name__ = body.__name__
        return method
    return decorate


def _reflected(name):
    """other <op> self for an int on the left: convert it, then do the operation."""
    def method(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context)
    method.__name__ = '__r' + name[2:]
    return method


class Decimal:
    """A decimal number: sign, coefficient digits and exponent (or Infinity/NaN)."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._is_special = False
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context or getcontext()
                ctx._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._is_special = 0, '', 'n', True
                return self
            sign, digits, exp = parsed
            if digits in ('F', 'n', 'N'):
                self._sign, self._int, self._exp, self._is_special = sign, exp if digits != 'F' else '0', digits, True
                return self
            self._sign, self._int, self._exp = sign, digits, exp
            return self
        if isinstance(value, bool) or isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = value._sign, value._int, value._exp, value._is_special
            return self
        if isinstance(value, float):
            return cls.from_float(value)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp == 'F':
                self._sign, self._int, self._exp, self._is_special = sign, '0', 'F', True
                return self
            if not all(isinstance(d, int) and 0 <= d <= 9 for d in digits):
                raise ValueError('coefficient must be a tuple of digits')
            self._sign = sign
            self._int = _strip(''.join(str(d) for d in digits))
            if exp in ('n', 'N'):
                self._exp, self._is_special = exp, True
            elif isinstance(exp, int):
                self._exp = exp
            else:
                raise ValueError("exponent must be an integer")
            return self
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if f < 0 or (f == 0 and str(f).startswith('-')) else 0
        if f == 0:
            return cls((sign, (0,), 0))
        # float.hex() gives the exact mantissa and binary exponent without 64-bit limits:
        # m * 2**e is m * 5**-e / 10**-e for negative e.
        text = abs(f).hex()
        mantissa_text, _, exp_text = text[2:].partition('p')
        whole, _, frac = mantissa_text.partition('.')
        m = int(whole + frac, 16)
        e = int(exp_text) - 4 * len(frac)
        digits = str(m)
        if e >= 0:
            for _ in range(e):
                digits = _mul(digits, '2')
            exp = 0
        else:
            for _ in range(-e):
                digits = _mul(digits, '5')
            exp = e
        result = cls((sign, tuple(int(c) for c in digits), exp))
        if result._int != '0':
            # Trailing zeros are not significant here; CPython keeps the shortest exact form.
            stripped = result._int.rstrip('0')
            if exp < 0:
                drop = min(len(result._int) - len(stripped), -exp)
                result = Decimal._make(sign, result._int[:len(result._int) - drop] or '0', exp + drop)
        return result if cls is Decimal else cls(result)

    @classmethod
    def _make(cls, sign, digits, exp, special=False):
        self = object.__new__(Decimal)
        self._sign, self._int, self._exp, self._is_special = sign, digits, exp, special
        return self

    # -- inspection ---------------------------------------------------------------------

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_snan(self):
        return self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self.is_finite() and not self.is_zero()

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + len(self._int) - 1

    def as_tuple(self):
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in self._int) if self._int else ()
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        import math
        n = int(self._int)
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return Decimal._make(other._sign, self._int, self._exp, self._is_special)

    # -- text ---------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._exp == 'n':
            return sign + 'NaN' + self._int
        if self._exp == 'N':
            return sign + 'sNaN' + self._int
        digits = self._int
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif digits == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp_text = ''
        else:
            capitals = getcontext().capitals if context is None else context.capitals
            exp_text = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp_text

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return f"Decimal('{self}')"

    def __format__(self, spec, _localeconv=None):
        if not spec:
            return str(self)
        import re
        m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgG%])?', spec)
        if m is None:
            raise ValueError(f'Invalid format specifier {spec!r} for object of type Decimal')
        fill, align, sign_opt, zero, width, grouping, precision, kind = m.groups()
        value = self
        if kind in ('e', 'E') and self.is_finite():
            # Scientific with the coefficient's own digits (precision + 1 of them if given).
            if precision is not None:
                value = value._fix(Context(prec=int(precision) + 1, rounding=getcontext().rounding, traps=[]))
            digits = value._int
            if precision is not None:
                digits = digits + '0' * (int(precision) + 1 - len(digits))
            adjusted = value._exp + len(value._int) - 1 if value._int != '0' else value._exp
            mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
            text = mantissa + kind + ('+' if adjusted >= 0 else '-') + str(abs(adjusted))
        elif kind in ('g', 'G'):
            text = format(float(abs(self)), (f'.{precision}' if precision else '') + kind)
        else:
            if kind == '%':
                value = self * 100
            if precision is not None and kind in ('f', 'F', '%'):
                value = value.quantize(Decimal._make(0, '1', -int(precision)), rounding=getcontext().rounding)
            elif precision is not None:
                value = value._fix(Context(prec=max(1, int(precision)), rounding=getcontext().rounding, traps=[]))
            text = str(value.copy_abs())
            if kind in ('f', 'F', '%') and 'E' in text:
                digits = value._int
                exp = value._exp
                text = digits + '0' * exp if exp >= 0 else text
        if grouping:
            whole, dot, frac = text.partition('.')
            if whole.isdigit():
                whole = format(int(whole), grouping)
            text = whole + dot + frac
        if kind == '%':
            text += '%'
        negative = value._sign == 1
        sign = '-' if negative else ('+' if sign_opt == '+' else (' ' if sign_opt == ' ' else ''))
        if width:
            width = int(width)
            if zero and not align:
                fill, align = '0', '='
            fill = fill or ' '
            align = align or '>'
            pad = width - len(sign) - len(text)
            if pad > 0:
                if align == '<':
                    return sign + text + fill * pad
                if align == '^':
                    return fill * (pad // 2) + sign + text + fill * (pad - pad // 2)
                if align == '=':
                    return sign + fill * pad + text
                return fill * pad + sign + text
        return sign + text

    # -- conversions --------------------------------------------------------------------

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = int(self._int + '0' * self._exp) if self._int != '0' else 0
        else:
            n = int(self._int[:self._exp] or '0')
        return -n if self._sign else n

    __trunc__ = __int__

    def __bool__(self):
        return self._is_special or self._int != '0'

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal._make(0, '1', -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot round a NaN')
            raise OverflowError('cannot round an infinity')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    # -- rounding -----------------------------------------------------------------------

    def _rescale(self, exp, rounding):
        """This value with exponent exp, rounded (or padded with zeros)."""
        if self._is_special:
            return self
        if self._int == '0':
            return Decimal._make(self._sign, '0', exp)
        if self._exp >= exp:
            return Decimal._make(self._sign, _shift(self._int, self._exp - exp), exp)
        drop = exp - self._exp
        digits = '0' * max(0, drop - len(self._int) + 1) + self._int
        kept, dropped = digits[:len(digits) - drop], digits[len(digits) - drop:]
        kept = _round_digits(kept, dropped, self._sign, rounding)
        return Decimal._make(self._sign, _strip(kept), exp)

    def _fix(self, context):
        """Rounds to the context's precision (flags Inexact/Rounded, checks Emax)."""
        if self._is_special:
            return self
        prec = context.prec
        digits = self._int
        if len(digits) <= prec:
            result = self
        else:
            drop = len(digits) - prec
            kept, dropped = digits[:prec], digits[prec:]
            rounded = _round_digits(kept, dropped, self._sign, context.rounding)
            exp = self._exp + drop
            if len(rounded) > prec:
                rounded = rounded[:-1]
                exp += 1
            result = Decimal._make(self._sign, _strip(rounded), exp)
            context.flags[Rounded] = True
            if dropped.strip('0'):
                context.flags[Inexact] = True
                if context.traps[Inexact]:
                    raise Inexact([Inexact])
            if context.traps[Rounded]:
                raise Rounded([Rounded])
        if result._int != '0' and result.adjusted() > context.Emax:
            context.flags[Overflow] = True
            if context.traps[Overflow]:
                raise Overflow([Overflow])
            return Decimal._make(result._sign, '0', 'F', True)
        return result

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._is_special or exp._is_special:
            if self.is_infinite() and exp.is_infinite():
                return Decimal(self)
            return context._raise(InvalidOperation) or Decimal('NaN')
        result = self._rescale(exp._exp, rounding)
        if len(result._int) > context.prec:
            return context._raise(InvalidOperation)
        if result._int != self._int + '0' * max(0, self._exp - exp._exp) and result._exp > self._exp:
            context.flags[Rounded] = True
            if Decimal._make(0, self._int, self._exp) != Decimal._make(0, result._int, result._exp):
                context.flags[Inexact] = True
        return result

    def to_integral_value(self, rounding=None, context=None):
        if self._is_special or self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or (context or getcontext()).rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return self
        result = self._fix(context)
        if result._is_special or result._int == '0':
            return Decimal._make(result._sign, '0', 0) if not result._is_special else result
        digits = result._int.rstrip('0')
        return Decimal._make(result._sign, digits, result._exp + len(result._int) - len(digits))

    # -- comparison ---------------------------------------------------------------------

    def _compare_value(self, other):
        # -1, 0, 1; both finite.
        if self._int == '0' and other._int == '0':
            return 0
        if self._sign != other._sign:
            if self._int == '0':
                return 1 if other._sign else -1
            if other._int == '0':
                return -1 if self._sign else 1
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = _shift(self._int, self._exp - exp)
        b = _shift(other._int, other._exp - exp)
        c = _cmp(a, b)
        return -c if self._sign else c

    def _order_key(self, other):
        if self.is_infinite() or other.is_infinite():
            a = 0 if not self.is_infinite() else (-1 if self._sign else 1)
            b = 0 if not other.is_infinite() else (-1 if other._sign else 1)
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
        return self._compare_value(other)

    def _comparable(self, other):
        if isinstance(other, float):
            return Decimal.from_float(other)
        return _convert(other)

    def __eq__(self, other):
        other = self._comparable(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return False
        return self._order_key(other) == 0

    def _ordered(self, other, test):
        other = self._comparable(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                raise InvalidOperation([InvalidOperation])
            getcontext()._raise(InvalidOperation)
            return False
        return test(self._order_key(other))

    def __lt__(self, other):
        return self._ordered(other, lambda c: c < 0)

    def __le__(self, other):
        return self._ordered(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._ordered(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._ordered(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return Decimal('NaN')
        return Decimal(self._order_key(other))

    def max(self, other, context=None):
        other = _convert(other, True)
        return (self if self._order_key(other) >= 0 else other)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, True)
        return (self if self._order_key(other) <= 0 else other)._fix(context or getcontext())

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return 0
            return hash(float('-inf') if self._sign else float('inf'))
        if self._exp >= 0 or self._int[self._exp:].strip('0') == '':
            try:
                return hash(int(self))
            except OverflowError:
                pass
        return hash(float(self))

    # -- arithmetic ---------------------------------------------------------------------

    def _special_result(self, other, context, op):
        if self.is_nan() or (other is not None and other.is_nan()):
            if self.is_snan() or (other is not None and other.is_snan()):
                return context._raise(InvalidOperation)
            return self if self.is_nan() else other
        return None

    @_binary('+')
    def __add__(self, other, context=None):
        if self.is_infinite() or other.is_infinite():
            if self.is_infinite() and other.is_infinite() and self._sign != other._sign:
                return context._raise(InvalidOperation)
            return Decimal(self if self.is_infinite() else other)
        exp = min(self._exp, other._exp)
        a = _shift(self._int, self._exp - exp)
        b = _shift(other._int, other._exp - exp)
        if self._sign == other._sign:
            result = Decimal._make(self._sign, _add(a, b), exp)
        else:
            c = _cmp(a, b)
            if c == 0:
                sign = 1 if context.rounding == ROUND_FLOOR else 0
                result = Decimal._make(sign, '0', exp)
            elif c > 0:
                result = Decimal._make(self._sign, _sub(a, b), exp)
            else:
                result = Decimal._make(other._sign, _sub(b, a), exp)
        return result._fix(context)

    __radd__ = _reflected('__add__')

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    __rsub__ = _reflected('__sub__')

    @_binary('*')
    def __mul__(self, other, context=None):
        sign = self._sign ^ other._sign
        if self.is_infinite() or other.is_infinite():
            if self.is_zero() or other.is_zero():
                return context._raise(InvalidOperation)
            return Decimal._make(sign, '0', 'F', True)
        return Decimal._make(sign, _mul(self._int, other._int), self._exp + other._exp)._fix(context)

    __rmul__ = _reflected('__mul__')

    @_binary('/')
    def __truediv__(self, other, context=None):
        sign = self._sign ^ other._sign
        if self.is_infinite() or other.is_infinite():
            if self.is_infinite() and other.is_infinite():
                return context._raise(InvalidOperation)
            if self.is_infinite():
                return Decimal._make(sign, '0', 'F', True)
            return Decimal._make(sign, '0', context.Etiny())
        if other._int == '0':
            if self._int == '0':
                return context._raise(DivisionUndefined)
            context._raise(DivisionByZero)
            return Decimal._make(sign, '0', 'F', True)
        ideal = self._exp - other._exp
        if self._int == '0':
            return Decimal._make(sign, '0', ideal)
        shift = max(0, context.prec + len(other._int) - len(self._int) + 1)
        q, r = _divmod(_shift(self._int, shift), other._int)
        exp = ideal - shift
        if r != '0':
            # A sticky digit: the remainder is nonzero, so rounding sees 'more than exact'.
            q = q + '1'
            exp -= 1
        else:
            while exp < ideal and q.endswith('0') and q != '0':
                q = q[:-1]
                exp += 1
        return Decimal._make(sign, q, exp)._fix(context)

    __rtruediv__ = _reflected('__truediv__')

    def _integer_divide(self, other, context):
        # Truncated quotient and remainder (the remainder has the dividend's sign).
        if other._int == '0':
            if self._int == '0':
                return context._raise(DivisionUndefined), context._raise(DivisionUndefined)
            context._raise(DivisionByZero)
            return Decimal._make(self._sign ^ other._sign, '0', 'F', True), context._raise(InvalidOperation)
        exp = min(self._exp, other._exp)
        a = _shift(self._int, self._exp - exp)
        b = _shift(other._int, other._exp - exp)
        q, r = _divmod(a, b)
        if len(q) > context.prec:
            return context._raise(DivisionImpossible), context._raise(DivisionImpossible)
        quotient = Decimal._make(self._sign ^ other._sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)._fix(context)
        return quotient, remainder

    @_binary('//')
    def __floordiv__(self, other, context=None):
        return self._integer_divide(other, context)[0]

    __rfloordiv__ = _reflected('__floordiv__')

    @_binary('%')
    def __mod__(self, other, context=None):
        if other._int == '0':
            return context._raise(DivisionUndefined if self._int == '0' else InvalidOperation)
        return self._integer_divide(other, context)[1]

    __rmod__ = _reflected('__mod__')

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._integer_divide(other, context or getcontext())

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise NotImplementedError('three-argument pow() of Decimals is not supported in Cellgrad')
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        special = self._special_result(other, context, '**')
        if special is not None:
            return special
        if other._is_special or other._exp < 0 and other._int[other._exp:].strip('0'):
            if self._sign and not self.is_zero():
                return context._raise(InvalidOperation)
            return Decimal.from_float(float(self) ** float(other))._fix(context)
        n = int(other)
        if n == 0:
            if self.is_zero():
                return context._raise(InvalidOperation)
            return Decimal(1)
        base = self
        if n < 0:
            if self.is_zero():
                context._raise(DivisionByZero)
                return Decimal._make(self._sign if -n % 2 else 0, '0', 'F', True)
        # Exact repeated squaring with guard digits, then one rounding.
        guard = Context(prec=context.prec + 10, rounding=ROUND_HALF_EVEN, Emax=context.Emax, Emin=context.Emin, traps=[])
        result = Decimal(1)
        power = base
        m = abs(n)
        while m:
            if m & 1:
                result = result.__mul__(power, guard)
            m >>= 1
            if m:
                power = power.__mul__(power, guard)
        if n < 0:
            result = Decimal(1).__truediv__(result, guard)
        return result._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        return other if other is NotImplemented else other.__pow__(self, None, context)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self
        if self.is_zero():
            return Decimal._make(0, '0', self._exp)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self.is_zero():
            return Decimal._make(0, '0', self._exp)
        return Decimal(self)._fix(context)

    def __abs__(self, round=True, context=None):
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._is_special:
            if self.is_infinite() and not self._sign:
                return Decimal(self)
            return context._raise(InvalidOperation)
        if self._int == '0':
            return Decimal._make(self._sign, '0', self._exp // 2)
        if self._sign:
            return context._raise(InvalidOperation)
        # Newton's method on the scaled integer: isqrt(c * 10**(2k)) with prec+2 digits.
        prec = context.prec + 2
        exp = self._exp
        digits = self._int
        if exp % 2:
            digits += '0'
            exp -= 1
        shift = max(0, prec - (len(digits) + 1) // 2)
        n = _shift(digits, 2 * shift)
        x = '1' + '0' * ((len(n) + 1) // 2)
        while True:
            q, _ = _divmod(n, x)
            y, _ = _divmod(_add(x, q), '2')
            if _cmp(y, x) >= 0:
                break
            x = y
        exact = _mul(x, x) == n
        result_exp = exp // 2 - shift
        if not exact:
            x = x + '1'
            result_exp -= 1
        else:
            ideal = self._exp // 2
            while result_exp < ideal and x.endswith('0'):
                x = x[:-1]
                result_exp += 1
        return Decimal._make(0, x, result_exp)._fix(Context(prec=context.prec, rounding=ROUND_HALF_EVEN, traps=[]))

    def exp(self, context=None):
        context = context or getcontext()
        special = self._transcendental_special(context)
        if special is not None:
            return special
        if self.is_infinite():
            return Decimal(0) if self._sign else Decimal(self)
        if self._int == '0':
            return Decimal(1)
        # Past these bounds the result is certainly beyond Emax or below Etiny.
        magnitude = len(self._int) + self._exp
        if magnitude > len(str(context.Emax)) + 1:
            if self._sign:
                return _underflow_result(context)
            return Decimal._make(0, '1', context.Emax + 1)._fix(context)
        return _correctly_rounded(context, lambda work: _exp_scaled(self, work))

    def ln(self, context=None):
        context = context or getcontext()
        special = self._ln_special(context)
        if special is not None:
            return special
        if self._int.strip('0') == '1' and len(self._int.rstrip('0')) == 1 and self.adjusted() == 0:
            return Decimal(0)
        return _correctly_rounded(context, lambda work: _ln_scaled(self, work))

    def log10(self, context=None):
        context = context or getcontext()
        special = self._ln_special(context)
        if special is not None:
            return special
        if self._int.rstrip('0') == '1':
            return Decimal(self.adjusted())._fix(context)

        def scaled(work):
            value, _ = _ln_scaled(self, work + 4)
            return value * 10 ** work // _ln10(work + 4), work
        return _correctly_rounded(context, scaled)

    def _transcendental_special(self, context):
        """The result for NaNs, or None."""
        if self.is_snan():
            return context._raise(InvalidOperation)
        if self.is_qnan():
            return Decimal(self)
        return None

    def _ln_special(self, context):
        """ln/log10 of a NaN, zero, an infinity or a negative number, or None."""
        special = self._transcendental_special(context)
        if special is not None:
            return special
        if self._int == '0' and not self._is_special:
            return Decimal('-Infinity')
        if self._sign:
            return context._raise(InvalidOperation)
        if self.is_infinite():
            return Decimal(self)
        return None

    def fma(self, other, third, context=None):
        exact = Context(prec=10 ** 6, traps=[])
        return self.__mul__(other, exact).__add__(third, context)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _round_digits(kept, dropped, sign, rounding):
    """kept digits after rounding away `dropped` (a string of the discarded digits)."""
    if not dropped.strip('0'):
        return kept or '0'
    first = dropped[0]
    rest_nonzero = bool(dropped[1:].strip('0'))
    last = kept[-1] if kept else '0'
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = first >= '5'
    elif rounding == ROUND_HALF_DOWN:
        up = first > '5' or (first == '5' and rest_nonzero)
    elif rounding == ROUND_HALF_EVEN:
        up = first > '5' or (first == '5' and (rest_nonzero or last in '13579'))
    else:
        up = last in '05'
    if not up:
        return kept or '0'
    return _add(kept or '0', '1')


_NAN = Decimal._make(0, '', 'n', True)


# exp, ln and log10, correctly rounded (half-even, as CPython's decimal rounds them) in the
# context's precision: each is computed in fixed point with `work` digits after the point,
# to within two units of the last digit; when both ends of that interval round alike the
# result is right, else the work is redone with more digits.

def _round_half_even(value, prec):
    """(coefficient of prec digits, digits dropped) for a positive integer."""
    drop = len(str(value)) - prec
    if drop <= 0:
        return value, 0
    kept, rest = divmod(value, 10 ** drop)
    half = 5 * 10 ** (drop - 1)
    if rest > half or (rest == half and kept % 2):
        kept += 1
        if len(str(kept)) > prec:
            kept //= 10
            drop += 1
    return kept, drop


def _correctly_rounded(context, scaled):
    """Rounds the value that scaled(work) gives as (integer, work): value * 10**work."""
    prec = context.prec
    extra = 10
    while True:
        value, work = scaled(prec + extra)
        sign = 1 if value < 0 else 0
        magnitude = abs(value)
        if len(str(magnitude)) >= prec + 3:
            low = _round_half_even(magnitude - 2, prec)
            high = _round_half_even(magnitude + 2, prec)
            if low == high:
                break
        extra += max(10, prec + 3 - len(str(magnitude)))
    coefficient, dropped = low
    result = Decimal._make(sign, str(coefficient), dropped - work)
    context._raise(Inexact)
    context._raise(Rounded)
    return result._fix(context)


def _underflow_result(context):
    for signal in (Underflow, Inexact, Rounded, Subnormal, Clamped):
        context._raise(signal)
    return Decimal._make(0, '0', context.Emin - context.prec + 1)


_LN10_CACHE = [0, 0]


def _atanh_inverse(n, one):
    """atanh(1/n) * one."""
    term = one // n
    total = term
    square = n * n
    k = 3
    while term:
        term //= square
        total += term // k
        k += 2
    return total


def _ln10(work):
    """ln(10) * 10**work, to within one unit."""
    if _LN10_CACHE[0] >= work:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - work)
    guard = work + 10
    one = 10 ** guard
    value = 6 * _atanh_inverse(3, one) + 2 * _atanh_inverse(9, one)
    _LN10_CACHE[0], _LN10_CACHE[1] = guard, value
    return value // 10 ** 10


def _ln2(one):
    return 2 * _atanh_inverse(3, one)


def _fixed(d, work):
    """The finite Decimal d times 10**work, truncated to an integer."""
    c = int(d._int)
    shift = d._exp + work
    value = c * 10 ** shift if shift >= 0 else c // 10 ** -shift
    return -value if d._sign else value


def _exp_fixed(r, one):
    """exp(r / one) * one for |r| < 3 * one: r halved k times, a Taylor series, k squarings."""
    k = 24
    r = r // (1 << k)
    total = one
    term = one
    i = 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total


def _exp_scaled(d, work):
    """(exp(d) * 10**(work - q), work - q) where 10**q is exp(d)'s magnitude."""
    integer_digits = max(0, len(d._int) + d._exp)
    guard = work + integer_digits + 12
    one = 10 ** guard
    x = _fixed(d, guard)
    ln10 = _ln10(guard)
    q = x // ln10
    y = _exp_fixed(x - q * ln10, 10 ** (guard + 8) // 10 ** 8)
    return y // 10 ** (guard - work), work - q


def _ln_scaled(d, work):
    """(ln(d) * 10**work, work) for a finite positive d."""
    digits = len(d._int)
    exponent = d._exp + digits - 1
    guard = work + len(str(abs(exponent))) + 12
    one = 10 ** guard
    m = _fixed(Decimal._make(0, d._int, 1 - digits), guard)
    leading = int(d._int[:15]) / 10 ** (min(digits, 15) - 1)
    halvings = 0
    while leading > 1.4142:
        leading /= 2
        halvings += 1
    m = m // (1 << halvings)
    # ln(m) = 2 atanh(z), summed on |z| so that truncation shrinks every term to zero.
    z = (m - one) * one // (m + one)
    size = abs(z)
    square = size * size // one
    term = size
    total = size
    k = 3
    while term:
        term = term * square // one
        total += term // k
        k += 2
    if z < 0:
        total = -total
    value = 2 * total + halvings * _ln2(one) + exponent * _ln10(guard)
    return value // 10 ** (guard - work), work

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1,
                       clamp=0, flags=[], traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                                                 Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          capitals=1, clamp=0, flags=[], traps=[])
"""#
}
