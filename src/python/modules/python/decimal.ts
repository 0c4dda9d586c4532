// The decimal module in our Python subset, first part: signals, Context, getcontext/setcontext/localcontext and
// Decimal's construction, conversions and str/repr (its arithmetic is in decimalArithmetic.ts).

export const DECIMAL_PY = String.raw`

import math as _math
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


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


# The signals in the C implementation's order, and the conditions that signal InvalidOperation.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped]
_CONDITIONS = [InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]
# The order in which a Context's repr lists flags and traps.
_REPR_ORDER = [InvalidOperation, Clamped, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
               Subnormal, Underflow]


def _signal_of(cond):
    return InvalidOperation if cond in _CONDITIONS else cond


class Context(object):
    """Contains the context for a Decimal instance."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        try:
            dc = DefaultContext
        except NameError:
            dc = None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self.Emin = -999999
        self.Emax = 999999
        self.capitals = 1
        self.clamp = 0
        if dc is not None:
            self._prec = dc._prec
            self._rounding = dc._rounding
            self.Emin = dc.Emin
            self.Emax = dc.Emax
            self.capitals = dc.capitals
            self.clamp = dc.clamp
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        self.flags = dict((s, False) for s in _SIGNALS)
        if flags is not None:
            self._load(self.flags, flags)
        self.traps = dict((s, False) for s in _SIGNALS)
        if traps is None:
            if dc is not None:
                self.traps.update(dc.traps)
            else:
                for s in (InvalidOperation, DivisionByZero, Overflow):
                    self.traps[s] = True
        else:
            self._load(self.traps, traps)

    def _load(self, target, source):
        if isinstance(source, dict):
            for s, v in source.items():
                target[s] = bool(v)
        else:
            for s in source:
                target[s] = True

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not (1 <= value <= MAX_PREC):
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        self._rounding = value

    def Etiny(self):
        return self.Emin - self._prec + 1

    def Etop(self):
        return self.Emax - self._prec + 1

    def copy(self):
        return Context(self._prec, self._rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags.get(s)]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ', '.join(flags), ', '.join(traps)))

    def _signal(self, conds):
        # Record an operation's conditions; raise the first trapped signal (listing the trapped ones).
        if not conds:
            return
        for c in conds:
            self.flags[_signal_of(c)] = True
        trapped = []
        for c in _CONDITIONS:
            if c in conds and self.traps.get(InvalidOperation):
                trapped.append(c)
        for s in _SIGNALS[1:]:
            if s in conds and self.traps.get(s):
                trapped.append(s)
        if trapped:
            for s in _SIGNALS:
                if self.traps.get(s) and any(_signal_of(c) is s for c in trapped):
                    raise s(trapped)

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        conds = []
        r = d._fix(self, conds)
        self._signal(conds)
        return r

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _op(self, name, a, *args):
        a = _convert_other(a, True)
        return getattr(a, name)(*args, context=self)

    def add(self, a, b):
        return _convert_other(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert_other(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert_other(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert_other(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert_other(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert_other(a, True).__mod__(b, context=self)

    def power(self, a, b):
        return _convert_other(a, True).__pow__(b, context=self)

    def plus(self, a):
        return _convert_other(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert_other(a, True).__neg__(context=self)

    def abs(self, a):
        return _convert_other(a, True).__abs__(context=self)

    def sqrt(self, a):
        return _convert_other(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _convert_other(a, True).quantize(b, context=self)

    def normalize(self, a):
        return _convert_other(a, True).normalize(context=self)

    def compare(self, a, b):
        return _convert_other(a, True).compare(b, context=self)

    def max(self, a, b):
        return _convert_other(a, True).max(b, context=self)

    def min(self, a, b):
        return _convert_other(a, True).min(b, context=self)


_current_context = None


def getcontext():
    """Returns this thread's context."""
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
    return _current_context


def setcontext(context):
    """Set this thread's context to context."""
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _current_context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _new(sign, coeff, exp):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coeff
    self._exp = exp
    self._is_special = exp in ('F', 'n', 'N')
    return self


def _ndigits(c):
    return len(str(c))


def _digits_end(s, i):
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return i
    i += 1
    while i < n:
        if s[i].isdecimal():
            i += 1
        elif s[i] == '_' and i + 1 < n and s[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


def _parse(text):
    # (sign, coefficient, exponent) from a numeric string, or None when it is not one.
    s = text.strip()
    sign = 0
    i = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        i = 1
    rest = s[i:].lower()
    if rest in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if rest.startswith(prefix):
            payload = s[i + len(prefix):]
            if payload == '':
                return sign, 0, kind
            if _digits_end(payload, 0) != len(payload):
                return None
            return sign, int(payload), kind
    int_end = _digits_end(s, i)
    whole = s[i:int_end]
    i = int_end
    frac = ''
    if i < len(s) and s[i] == '.':
        frac_end = _digits_end(s, i + 1)
        frac = s[i + 1:frac_end]
        i = frac_end
    if not whole and not frac:
        return None
    exp = 0
    if i < len(s) and s[i] in 'eE':
        j = i + 1
        if j < len(s) and s[j] in '+-':
            j += 1
        exp_end = _digits_end(s, j)
        if exp_end == j:
            return None
        exp = int(s[i + 1:exp_end])
        i = exp_end
    if i != len(s):
        return None
    frac = frac.replace('_', '')
    return sign, int((whole + frac).replace('_', '') or '0'), exp - len(frac)


def _convert_other(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal(other)
    if raiseit:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return NotImplemented


class Decimal(object):
    """Construct a new Decimal object."""
    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _ctx(context)
                ctx._signal([ConversionSyntax])
                parsed = (0, 0, 'n')
            self._sign, self._int, self._exp = parsed
        elif isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
        elif isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
        elif isinstance(value, float):
            _ctx(context)._signal([FloatOperation])
            d = Decimal._from_float(value)
            self._sign, self._int, self._exp = d._sign, d._int, d._exp
        elif isinstance(value, (list, tuple)):
            self._sign, self._int, self._exp = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        self._is_special = self._exp in ('F', 'n', 'N')
        return self

    @classmethod
    def _from_float(cls, f):
        if _math.isnan(f):
            return _new(0, 0, 'n')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if _math.isinf(f):
            return _new(sign, 0, 'F')
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return _new(sign, n * 5 ** k, -k)

    @classmethod
    def from_float(cls, f):
        """Converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = Decimal._from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
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
            exp = ''
        else:
            caps = _ctx(context).capitals
            exp = ('E' if caps else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def as_tuple(self):
        if self._exp == 'F':
            digits = (0,)
        else:
            digits = tuple(int(ch) for ch in str(self._int)) if (self._int or not self._is_special) else ()
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if self._int == 0:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        return _new(other._sign, self._int, self._exp)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __bool__(self):
        return self._is_special or self._int != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def _check_int(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')

    def __int__(self):
        self._check_int()
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._exp in ('n', 'N'):
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __floor__(self):
        self._check_int()
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        self._check_int()
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        self._check_int()
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * exp_hash % _HASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coeff = 0
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coeff = coeff * 10 + d
    if exp == 'F':
        coeff = 0
    return sign, coeff, exp
`;
