// The decimal module, second part: a Decimal's digits, construction from str, int, float and tuples,
// conversions and str/repr.

export const DECIMAL_NUMBER_PY = String.raw`def _ctx(context):
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

    def __sizeof__(self):
        # CPython's C Decimal: 104 bytes holding up to four 19-digit words inline, 8 more per word beyond. This
        # class is tracked by our collector (the C type is not), so sys.getsizeof adds a gc header: less it here.
        words = (_ndigits(self._int) + 18) // 19
        return (104 if words <= 4 else 104 + 8 * words) - 16

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
