// The fractions module, second part: Fraction's operators (exact with ints and Fractions, through float or
// complex otherwise), comparisons, hashing equal to an equal int's or float's, rounding.

export const FRACTIONS_ARITHMETIC_PY = String.raw`

def _as_fraction(value):
    return value if isinstance(value, Fraction) else Fraction(value)


def _binary_operator(exact, inexact, name):
    # One operator for Fraction op x and x op Fraction: exact with ints and Fractions, else through float or complex.
    def forward(a, b):
        if isinstance(b, (int, Fraction)):
            return exact(a, _as_fraction(b))
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if isinstance(a, (int, Fraction)):
            return exact(_as_fraction(a), b)
        if isinstance(a, float):
            return inexact(a, float(b))
        if isinstance(a, complex):
            return inexact(a, complex(b))
        return NotImplemented

    forward.__name__ = '__' + name + '__'
    reverse.__name__ = '__r' + name + '__'
    return forward, reverse


def _add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        # CPython reduces a's numerator by its gcd with 0 first: the message names its sign only.
        sign = (a._numerator > 0) - (a._numerator < 0)
        raise ZeroDivisionError('Fraction(%s, 0)' % sign)
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _divmod(a, b):
    quotient, remainder = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
    return quotient, Fraction(remainder, a._denominator * b._denominator)


def _mod(a, b):
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), a._denominator * b._denominator)


def _float_floordiv(a, b):
    return a // b


def _float_mod(a, b):
    return a % b


def _float_add(a, b):
    return a + b


def _float_sub(a, b):
    return a - b


def _float_mul(a, b):
    return a * b


def _float_div(a, b):
    return a / b


Fraction.__add__, Fraction.__radd__ = _binary_operator(_add, _float_add, 'add')
Fraction.__sub__, Fraction.__rsub__ = _binary_operator(_sub, _float_sub, 'sub')
Fraction.__mul__, Fraction.__rmul__ = _binary_operator(_mul, _float_mul, 'mul')
Fraction.__truediv__, Fraction.__rtruediv__ = _binary_operator(_div, _float_div, 'truediv')
Fraction.__floordiv__, Fraction.__rfloordiv__ = _binary_operator(_floordiv, _float_floordiv, 'floordiv')
Fraction.__divmod__, Fraction.__rdivmod__ = _binary_operator(_divmod, divmod, 'divmod')
Fraction.__mod__, Fraction.__rmod__ = _binary_operator(_mod, _float_mod, 'mod')


def _pow(a, b):
    """a ** b: exact for an integer exponent, else through float."""
    if isinstance(b, (int, Fraction)):
        b = _as_fraction(b)
        if b._denominator == 1:
            power = b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            if a._numerator >= 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
        return float(a) ** float(b)
    return float(a) ** b


def _rpow(b, a):
    """a ** b"""
    if b._denominator == 1 and b._numerator >= 0:
        return a ** b._numerator
    if isinstance(a, (int, Fraction)):
        return _as_fraction(a) ** b
    if b._denominator == 1:
        return a ** b._numerator
    return a ** float(b)


def _richcmp(op):
    def compare(a, b):
        if isinstance(b, (int, Fraction)):
            b = _as_fraction(b)
            return op(a._numerator * b._denominator, a._denominator * b._numerator)
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return op(0.0, b)
            return compare(a, Fraction(b))
        return NotImplemented
    return compare


def _eq(a, b):
    """a == b"""
    if type(b) is int:
        return a._numerator == b and a._denominator == 1
    if isinstance(b, (int, Fraction)):
        b = _as_fraction(b)
        return a._numerator == b._numerator and a._denominator == b._denominator
    if isinstance(b, complex) and b.imag == 0:
        b = b.real
    if isinstance(b, float):
        if _math.isnan(b) or _math.isinf(b):
            return 0.0 == b
        return a == Fraction(b)
    return NotImplemented


def _hash(self):
    """hash(self): equal to the hash of an equal int or float."""
    try:
        inverse = pow(self._denominator, -1, _HASH_MODULUS)
    except ValueError:
        # The denominator is a multiple of the modulus: no inverse.
        result = _HASH_INF
    else:
        result = hash(hash(abs(self._numerator)) * inverse)
    if self._numerator < 0:
        result = -result
    return -2 if result == -1 else result


def _round(self, ndigits=None):
    """round(self, ndigits): halfway cases to even."""
    if ndigits is None:
        floor, remainder = divmod(self._numerator, self._denominator)
        if remainder * 2 < self._denominator:
            return floor
        if remainder * 2 > self._denominator:
            return floor + 1
        return floor if floor % 2 == 0 else floor + 1
    shift = 10 ** abs(ndigits)
    if ndigits > 0:
        return Fraction(round(self * shift), shift)
    return Fraction(round(self / shift) * shift)


def _int(self):
    if self._numerator < 0:
        return -(-self._numerator // self._denominator)
    return self._numerator // self._denominator


def _same_value(self, *memo):
    return self if type(self) is Fraction else self.__class__(self._numerator, self._denominator)


Fraction.__pow__ = _pow
Fraction.__rpow__ = _rpow
Fraction.__lt__ = _richcmp(lambda x, y: x < y)
Fraction.__gt__ = _richcmp(lambda x, y: x > y)
Fraction.__le__ = _richcmp(lambda x, y: x <= y)
Fraction.__ge__ = _richcmp(lambda x, y: x >= y)
Fraction.__eq__ = _eq
Fraction.__hash__ = _hash
Fraction.__round__ = _round
Fraction.__int__ = _int
Fraction.__trunc__ = _int
Fraction.__floor__ = lambda a: a._numerator // a._denominator
Fraction.__ceil__ = lambda a: -(-a._numerator // a._denominator)
Fraction.__pos__ = lambda a: Fraction(a._numerator, a._denominator, _normalize=False)
Fraction.__neg__ = lambda a: Fraction(-a._numerator, a._denominator, _normalize=False)
Fraction.__abs__ = lambda a: Fraction(abs(a._numerator), a._denominator, _normalize=False)
Fraction.__bool__ = lambda a: bool(a._numerator)
Fraction.__float__ = lambda a: a._numerator / a._denominator
Fraction.__complex__ = lambda a: complex(float(a))
Fraction.real = property(lambda a: +a)
Fraction.imag = property(lambda a: 0)
Fraction.conjugate = lambda a: +a
Fraction.__copy__ = _same_value
Fraction.__deepcopy__ = _same_value
Fraction.__reduce__ = lambda self: (self.__class__, (str(self),))

# CPython's Fraction derives from numbers.Rational; ours is registered with it when numbers was imported first.
if 'numbers' in _sys.modules:
    _sys.modules['numbers'].Rational.register(Fraction)
`;
