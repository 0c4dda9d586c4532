// The decimal module in our Python subset, first part: signals, Context, getcontext/setcontext/localcontext. The
// parts that follow it in the module's one source (chunks/decimalChunk.ts): decimalNumber, decimalRounding,
// decimalOperators, decimalMethods, decimalFormat.

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


# Set once the module has made it (a NameError caught here would leave a traceback that C code does not make).
DefaultContext = None


class Context(object):
    """Contains the context for a Decimal instance."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        dc = DefaultContext
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
        return self._op('__add__', a, b)

    def subtract(self, a, b):
        return self._op('__sub__', a, b)

    def multiply(self, a, b):
        return self._op('__mul__', a, b)

    def divide(self, a, b):
        return self._op('__truediv__', a, b)

    def divide_int(self, a, b):
        return self._op('__floordiv__', a, b)

    def remainder(self, a, b):
        return self._op('__mod__', a, b)

    def power(self, a, b):
        return self._op('__pow__', a, b)

    def plus(self, a):
        return self._op('__pos__', a)

    def minus(self, a):
        return self._op('__neg__', a)

    def abs(self, a):
        return self._op('__abs__', a)

    def sqrt(self, a):
        return self._op('sqrt', a)

    def quantize(self, a, b):
        return self._op('quantize', a, b)

    def normalize(self, a):
        return self._op('normalize', a)

    def compare(self, a, b):
        return self._op('compare', a, b)

    def max(self, a, b):
        return self._op('max', a, b)

    def min(self, a, b):
        return self._op('min', a, b)

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


`;
