// The decimal module, second part: rounding to a context, the operators, comparisons, quantize, sqrt,
// formatting and the predefined contexts.

export const DECIMAL_ARITHMETIC_PY = String.raw`


def _round_drop(sign, c, k, rounding):
    # c with its last k digits dropped, rounded by the rounding mode: (quotient, inexact).
    if k <= 0:
        return c * 10 ** -k, False
    q, r = divmod(c, 10 ** k)
    if r == 0:
        return q, False
    half = 5 * 10 ** (k - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _nan_result(a, b, ctx, conds):
    # The NaN an operation on a and b gives, or None when neither is a NaN.
    for x in (a, b):
        if x is not None and x._exp == 'N':
            conds.append(InvalidOperation)
            return _fix_nan(_new(x._sign, x._int, 'n'), ctx)
    for x in (a, b):
        if x is not None and x._exp == 'n':
            return _fix_nan(x, ctx)
    return None


def _fix_nan(x, ctx):
    maxlen = ctx._prec - ctx.clamp
    if _ndigits(x._int) > maxlen:
        return _new(x._sign, int(str(x._int)[-maxlen:]), x._exp)
    return x


_NAN = _new(0, 0, 'n')


def _fix(self, ctx, conds):
    # self rounded to the context's precision and exponent limits.
    if self._is_special:
        if self._exp in ('n', 'N'):
            return _fix_nan(self, ctx)
        return self
    prec = ctx._prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if self._int == 0:
        exp_max = ctx.Emax if ctx.clamp == 0 else etop
        new_exp = min(max(self._exp, etiny), exp_max)
        if new_exp != self._exp:
            conds.append(Clamped)
            return _new(self._sign, 0, new_exp)
        return self
    length = _ndigits(self._int)
    exp_min = length + self._exp - prec
    if exp_min > etop:
        return _overflow(self._sign, ctx, conds)
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if self._exp < exp_min:
        c = self._int
        drop = exp_min - self._exp
        if drop > length + 1:
            c = 1
            drop = 1
        coeff, inexact = _round_drop(self._sign, c, drop, ctx._rounding)
        if _ndigits(coeff) > prec:
            coeff //= 10
            exp_min += 1
        if exp_min > etop:
            return _overflow(self._sign, ctx, conds)
        ans = _new(self._sign, coeff, exp_min)
        if inexact and subnormal:
            conds.append(Underflow)
        if subnormal:
            conds.append(Subnormal)
        if inexact:
            conds.append(Inexact)
        conds.append(Rounded)
        if coeff == 0:
            conds.append(Clamped)
        return ans
    if subnormal:
        conds.append(Subnormal)
    if ctx.clamp == 1 and self._exp > etop:
        conds.append(Clamped)
        return _new(self._sign, self._int * 10 ** (self._exp - etop), etop)
    return self


def _overflow(sign, ctx, conds):
    conds.append(Overflow)
    conds.append(Inexact)
    conds.append(Rounded)
    r = ctx._rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _new(sign, 0, 'F')
    return _new(sign, 10 ** ctx._prec - 1, ctx.Emax - ctx._prec + 1)


def _rescale(self, exp, rounding):
    if self._is_special:
        return self
    if self._int == 0:
        return _new(self._sign, 0, exp)
    if self._exp >= exp:
        return _new(self._sign, self._int * 10 ** (self._exp - exp), exp)
    c = self._int
    drop = exp - self._exp
    if drop > _ndigits(c) + 1:
        c = 1
        drop = 1
    coeff, inexact = _round_drop(self._sign, c, drop, rounding)
    return _new(self._sign, coeff, exp)


def _finish(ctx, conds, result):
    ctx._signal(conds)
    return result


_BUILTIN_TYPES = (float, complex, str, bytes, list, tuple, dict, set, frozenset, type(None))


def _operand(self, other, symbol, reflected):
    # other as a Decimal; None when the operation is not supported (after raising for builtin types).
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, _BUILTIN_TYPES):
        names = ("'%s'" % type(other).__name__, "'decimal.Decimal'")
        if reflected:
            names = (names[0], names[1])
        else:
            names = (names[1], names[0])
        raise TypeError('unsupported operand type(s) for %s: %s and %s' % (symbol, names[0], names[1]))
    return None


def _add(a, b, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._exp == 'F':
        if b._exp == 'F' and a._sign != b._sign:
            conds.append(InvalidOperation)
            return _NAN
        return a
    if b._exp == 'F':
        return b
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        sign = a._sign if a._sign == b._sign else (1 if ctx._rounding == ROUND_FLOOR else 0)
        return _fix(_new(sign, 0, exp), ctx, conds)
    if a._int == 0:
        exp = max(exp, b._exp - ctx._prec - 1)
        return _fix(_rescale(b, exp, ctx._rounding), ctx, conds)
    if b._int == 0:
        exp = max(exp, a._exp - ctx._prec - 1)
        return _fix(_rescale(a, exp, ctx._rounding), ctx, conds)
    if a.adjusted() < b.adjusted():
        a, b = b, a
    limit = min(a._exp, a.adjusted() - ctx._prec - 1)
    if b.adjusted() < limit - 1:
        b = _new(b._sign, 1, limit - 1)
    exp = min(a._exp, b._exp)
    ca = a._int * 10 ** (a._exp - exp)
    cb = b._int * 10 ** (b._exp - exp)
    total = (-ca if a._sign else ca) + (-cb if b._sign else cb)
    if total == 0:
        return _fix(_new(1 if ctx._rounding == ROUND_FLOOR else 0, 0, exp), ctx, conds)
    return _fix(_new(1 if total < 0 else 0, abs(total), exp), ctx, conds)


def _mul(a, b, ctx, conds):
    sign = a._sign ^ b._sign
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._exp == 'F' or b._exp == 'F':
        if (a._exp != 'F' and a._int == 0) or (b._exp != 'F' and b._int == 0):
            conds.append(InvalidOperation)
            return _NAN
        return _new(sign, 0, 'F')
    return _fix(_new(sign, a._int * b._int, a._exp + b._exp), ctx, conds)


def _div(a, b, ctx, conds):
    sign = a._sign ^ b._sign
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._exp == 'F':
        if b._exp == 'F':
            conds.append(InvalidOperation)
            return _NAN
        return _new(sign, 0, 'F')
    if b._exp == 'F':
        conds.append(Clamped)
        return _new(sign, 0, ctx.Etiny())
    if b._int == 0:
        if a._int == 0:
            conds.append(DivisionUndefined)
            return _NAN
        conds.append(DivisionByZero)
        return _new(sign, 0, 'F')
    if a._int == 0:
        return _fix(_new(sign, 0, a._exp - b._exp), ctx, conds)
    return _fix(_exact_quotient(sign, a._int, a._exp, b._int, b._exp, ctx._prec), ctx, conds)


def _exact_quotient(sign, c1, e1, c2, e2, prec):
    # c1e1 / c2e2 to prec + 1 digits with a sticky last digit, at the ideal exponent when exact.
    shift = _ndigits(c2) - _ndigits(c1) + prec + 1
    exp = e1 - e2 - shift
    if shift >= 0:
        coeff, remainder = divmod(c1 * 10 ** shift, c2)
    else:
        coeff, remainder = divmod(c1, c2 * 10 ** -shift)
    if remainder:
        if coeff % 5 == 0:
            coeff += 1
    else:
        ideal = e1 - e2
        while exp < ideal and coeff % 10 == 0:
            coeff //= 10
            exp += 1
    return _new(sign, coeff, exp)


def _divide_int(a, b, ctx, conds):
    # (quotient, remainder) of a truncating division of finite a by nonzero finite-or-infinite b.
    sign = a._sign ^ b._sign
    ideal = a._exp if b._exp == 'F' else min(a._exp, b._exp)
    if a._int == 0 or b._exp == 'F' or a.adjusted() - b.adjusted() <= -2:
        return _new(sign, 0, 0), _rescale(a, ideal, ctx._rounding)
    if a.adjusted() - b.adjusted() <= ctx._prec:
        c1, c2 = a._int, b._int
        if a._exp >= b._exp:
            c1 *= 10 ** (a._exp - b._exp)
        else:
            c2 *= 10 ** (b._exp - a._exp)
        q, r = divmod(c1, c2)
        if q < 10 ** ctx._prec:
            return _new(sign, q, 0), _new(a._sign, r, ideal)
    conds.append(DivisionImpossible)
    return _NAN, _NAN


def _floordiv(a, b, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._exp == 'F':
        if b._exp == 'F':
            conds.append(InvalidOperation)
            return _NAN
        return _new(sign, 0, 'F')
    if b._exp != 'F' and b._int == 0:
        if a._int:
            conds.append(DivisionByZero)
            return _new(sign, 0, 'F')
        conds.append(DivisionUndefined)
        return _NAN
    return _divide_int(a, b, ctx, conds)[0]


def _mod(a, b, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._exp == 'F':
        conds.append(InvalidOperation)
        return _NAN
    if b._exp != 'F' and b._int == 0:
        conds.append(InvalidOperation if a._int else DivisionUndefined)
        return _NAN
    r = _divide_int(a, b, ctx, conds)[1]
    return _fix(r, ctx, conds)


def _divmod(a, b, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._exp == 'F':
        if b._exp == 'F':
            conds.append(InvalidOperation)
            return _NAN, _NAN
        conds.append(InvalidOperation)
        return _new(sign, 0, 'F'), _NAN
    if b._exp != 'F' and b._int == 0:
        if a._int:
            conds.append(DivisionByZero)
            conds.append(InvalidOperation)
            return _new(sign, 0, 'F'), _NAN
        conds.append(DivisionUndefined)
        return _NAN, _NAN
    q, r = _divide_int(a, b, ctx, conds)
    return q, _fix(r, ctx, conds)


def _pow(a, b, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    if b._is_special or (b._exp < 0 and b._int % 10 ** -b._exp != 0):
        raise NotImplementedError('decimal: only integer powers are supported here')
    n = int(b)
    sign = a._sign if n % 2 else 0
    if a._exp == 'F':
        if n == 0:
            return _new(0, 1, 0)
        return _new(sign, 0, 'F') if n > 0 else _new(sign, 0, 0)
    if a._int == 0:
        if n == 0:
            conds.append(InvalidOperation)
            return _NAN
        return _new(sign, 0, 0) if n > 0 else _new(sign, 0, 'F')
    if n == 0:
        return _fix(_new(0, 1, 0), ctx, conds)
    m = abs(n)
    prec = ctx._prec
    if m * _ndigits(a._int) <= 4 * prec + 200:
        c = a._int ** m
        e = a._exp * m
    else:
        # Binary powering with a few guard digits, truncated with a sticky digit.
        work = prec + len(str(m)) + 12
        c, e = 1, 0
        bc, be = a._int, a._exp
        k = m
        while True:
            if k & 1:
                c, e = _trunc(c * bc, e + be, work)
            k >>= 1
            if not k:
                break
            bc, be = _trunc(bc * bc, be + be, work)
    if n > 0:
        return _fix(_new(sign, c, e), ctx, conds)
    return _fix(_exact_quotient(sign, 1, 0, c, e, prec), ctx, conds)


def _trunc(c, e, work):
    extra = _ndigits(c) - work
    if extra <= 0:
        return c, e
    q, r = divmod(c, 10 ** extra)
    if r and q % 10 == 0:
        q += 1
    return q, e + extra


def _cmp(a, b):
    # -1, 0 or 1 for non-NaN a and b.
    if a._is_special or b._is_special:
        ai = 0 if not a._is_special else (-1 if a._sign else 1)
        bi = 0 if not b._is_special else (-1 if b._sign else 1)
        if ai != bi:
            return -1 if ai < bi else 1
        if ai != 0:
            return 0
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa, ba = a.adjusted(), b.adjusted()
    if aa != ba:
        return s if aa > ba else -s
    ca, cb = a._int, b._int
    la, lb = _ndigits(ca), _ndigits(cb)
    if la < lb:
        ca *= 10 ** (lb - la)
    else:
        cb *= 10 ** (la - lb)
    if ca == cb:
        return 0
    return s if ca > cb else -s


def _total_cmp_equal(a, b):
    # Order of numerically equal a and b: by sign, then by exponent.
    if a._sign != b._sign:
        return -1 if a._sign else 1
    if a._is_special or a._exp == b._exp:
        return 0
    r = -1 if a._exp < b._exp else 1
    return -r if a._sign else r


def _binary(op, symbol, name):
    def forward(self, other, context=None):
        b = _operand(self, other, symbol, False)
        if b is None:
            return NotImplemented
        ctx = _ctx(context)
        conds = []
        return _finish(ctx, conds, op(self, b, ctx, conds))

    def reverse(self, other, context=None):
        a = _operand(self, other, symbol, True)
        if a is None:
            return NotImplemented
        ctx = _ctx(context)
        conds = []
        return _finish(ctx, conds, op(a, self, ctx, conds))

    forward.__name__ = '__' + name + '__'
    reverse.__name__ = '__r' + name + '__'
    return forward, reverse


def _sub(a, b, ctx, conds):
    return _add(a, b.copy_negate() if not b._exp in ('n', 'N') else b, ctx, conds)


Decimal.__add__, Decimal.__radd__ = _binary(_add, '+', 'add')
Decimal.__sub__, Decimal.__rsub__ = _binary(_sub, '-', 'sub')
Decimal.__mul__, Decimal.__rmul__ = _binary(_mul, '*', 'mul')
Decimal.__truediv__, Decimal.__rtruediv__ = _binary(_div, '/', 'truediv')
Decimal.__floordiv__, Decimal.__rfloordiv__ = _binary(_floordiv, '//', 'floordiv')
Decimal.__mod__, Decimal.__rmod__ = _binary(_mod, '%', 'mod')
Decimal.__divmod__, Decimal.__rdivmod__ = _binary(_divmod, 'divmod()', 'divmod')
Decimal.__pow__, Decimal.__rpow__ = _binary(_pow, '** or pow()', 'pow')


def _unary(kind):
    def method(self, context=None):
        ctx = _ctx(context)
        conds = []
        if self._exp in ('n', 'N'):
            return _finish(ctx, conds, _nan_result(self, None, ctx, conds))
        if kind == 'abs':
            sign = 0
        elif kind == 'neg':
            sign = 1 - self._sign
        else:
            sign = self._sign
        if not self._is_special and self._int == 0 and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _finish(ctx, conds, _fix(_new(sign, self._int, self._exp), ctx, conds))
    method.__name__ = '__' + kind + '__'
    return method


Decimal.__neg__ = _unary('neg')
Decimal.__pos__ = _unary('pos')
Decimal.__abs__ = _unary('abs')


def _comparable(self, other, ordering):
    # other as a Decimal for comparing (a float exactly), or NotImplemented.
    if isinstance(other, Decimal):
        return other, 1
    if isinstance(other, int):
        return Decimal(other), 1
    if isinstance(other, complex) and not ordering and other.imag == 0:
        other = other.real
    if isinstance(other, float):
        ctx = getcontext()
        if ordering:
            ctx._signal([FloatOperation])
        else:
            ctx.flags[FloatOperation] = True
        return Decimal._from_float(other), 1
    num = getattr(other, 'numerator', None)
    den = getattr(other, 'denominator', None)
    if isinstance(num, int) and isinstance(den, int) and den > 0 and not isinstance(other, complex):
        return Decimal(num), den
    return NotImplemented, 1


def _compare_with(self, other, ordering):
    # -1, 0, 1, or None for a NaN involved, or NotImplemented.
    b, den = _comparable(self, other, ordering)
    if b is NotImplemented:
        return NotImplemented
    if self._exp in ('n', 'N') or b._exp in ('n', 'N'):
        if ordering or self._exp == 'N' or b._exp == 'N':
            getcontext()._signal([InvalidOperation])
        return None
    a = self
    if den != 1 and not a._is_special:
        a = _new(a._sign, a._int * den, a._exp)
    return _cmp(a, b)


def _richcmp(test, ordering):
    def compare(self, other):
        c = _compare_with(self, other, ordering)
        if c is NotImplemented:
            return c
        if c is None:
            return test is None
        return test(c)
    return compare


Decimal.__eq__ = _richcmp(lambda c: c == 0, False)
Decimal.__lt__ = _richcmp(lambda c: c < 0, True)
Decimal.__le__ = _richcmp(lambda c: c <= 0, True)
Decimal.__gt__ = _richcmp(lambda c: c > 0, True)
Decimal.__ge__ = _richcmp(lambda c: c >= 0, True)


def _ne(self, other):
    c = _compare_with(self, other, False)
    if c is NotImplemented:
        return c
    return c is None or c != 0


Decimal.__ne__ = _ne


def _compare(self, other, context=None):
    other = _convert_other(other, raiseit=True)
    ctx = _ctx(context)
    conds = []
    nan = _nan_result(self, other, ctx, conds)
    if nan is not None:
        return _finish(ctx, conds, nan)
    return Decimal(_cmp(self, other))


def _extreme(want):
    def method(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        ctx = _ctx(context)
        conds = []
        sn, on = self._exp in ('n', 'N'), other._exp in ('n', 'N')
        if sn or on:
            if other._exp == 'n' and not sn:
                return _finish(ctx, conds, _fix(self, ctx, conds))
            if self._exp == 'n' and not on:
                return _finish(ctx, conds, _fix(other, ctx, conds))
            return _finish(ctx, conds, _nan_result(self, other, ctx, conds))
        c = _cmp(self, other)
        if c == 0:
            c = _total_cmp_equal(self, other)
        ans = self if c == want or c == 0 else other
        return _finish(ctx, conds, _fix(ans, ctx, conds))
    return method


Decimal.compare = _compare
Decimal.max = _extreme(1)
Decimal.min = _extreme(-1)


def _quantize(self, exp, rounding=None, context=None):
    exp = _convert_other(exp, raiseit=True)
    ctx = _ctx(context)
    conds = []
    if rounding is None:
        rounding = ctx._rounding
    nan = _nan_result(self, exp, ctx, conds)
    if nan is not None:
        return _finish(ctx, conds, nan)
    if self._exp == 'F' or exp._exp == 'F':
        if self._exp == 'F' and exp._exp == 'F':
            return self
        conds.append(InvalidOperation)
        return _finish(ctx, conds, _NAN)
    if not (ctx.Etiny() <= exp._exp <= ctx.Emax):
        conds.append(InvalidOperation)
        return _finish(ctx, conds, _NAN)
    if self._int == 0:
        return _finish(ctx, conds, _fix(_new(self._sign, 0, exp._exp), ctx, conds))
    adj = self.adjusted()
    if adj > ctx.Emax or adj - exp._exp + 1 > ctx._prec:
        conds.append(InvalidOperation)
        return _finish(ctx, conds, _NAN)
    ans = _rescale(self, exp._exp, rounding)
    if ans.adjusted() > ctx.Emax or _ndigits(ans._int) > ctx._prec:
        conds.append(InvalidOperation)
        return _finish(ctx, conds, _NAN)
    if ans._int and ans.adjusted() < ctx.Emin:
        conds.append(Subnormal)
    if ans._exp > self._exp:
        if _cmp(ans, self) != 0:
            conds.append(Inexact)
        conds.append(Rounded)
    return _finish(ctx, conds, _fix(ans, ctx, conds))


def _to_integral_value(self, rounding=None, context=None):
    ctx = _ctx(context)
    conds = []
    if rounding is None:
        rounding = ctx._rounding
    if self._is_special:
        nan = _nan_result(self, None, ctx, conds)
        return _finish(ctx, conds, nan if nan is not None else self)
    if self._exp >= 0:
        return self
    return _rescale(self, 0, rounding)


def _to_integral_exact(self, rounding=None, context=None):
    ctx = _ctx(context)
    conds = []
    if rounding is None:
        rounding = ctx._rounding
    if self._is_special:
        nan = _nan_result(self, None, ctx, conds)
        return _finish(ctx, conds, nan if nan is not None else self)
    if self._exp >= 0:
        return self
    if self._int == 0:
        return _new(self._sign, 0, 0)
    ans = _rescale(self, 0, rounding)
    if _cmp(ans, self) != 0:
        conds.append(Inexact)
    conds.append(Rounded)
    return _finish(ctx, conds, ans)


def _normalize(self, context=None):
    ctx = _ctx(context)
    conds = []
    if self._exp in ('n', 'N'):
        return _finish(ctx, conds, _nan_result(self, None, ctx, conds))
    dup = _fix(self, ctx, conds)
    if dup._is_special:
        return _finish(ctx, conds, dup)
    if dup._int == 0:
        return _finish(ctx, conds, _new(dup._sign, 0, 0))
    exp_max = ctx.Emax if ctx.clamp == 0 else ctx.Etop()
    c, e = dup._int, dup._exp
    while c % 10 == 0 and e < exp_max:
        c //= 10
        e += 1
    return _finish(ctx, conds, _new(dup._sign, c, e))


def _sqrt(self, context=None):
    ctx = _ctx(context)
    conds = []
    if self._is_special:
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return _finish(ctx, conds, nan)
        if self._sign == 0:
            return self
    if not self._is_special and self._int == 0:
        return _finish(ctx, conds, _fix(_new(self._sign, 0, self._exp // 2), ctx, conds))
    if self._sign == 1:
        conds.append(InvalidOperation)
        return _finish(ctx, conds, _NAN)
    prec = ctx._prec + 1
    e = self._exp >> 1
    length = _ndigits(self._int)
    if self._exp & 1:
        c = self._int * 10
        l = (length >> 1) + 1
    else:
        c = self._int
        l = (length + 1) >> 1
    shift = prec - l
    if shift >= 0:
        c *= 100 ** shift
        exact = True
    else:
        c, remainder = divmod(c, 100 ** -shift)
        exact = not remainder
    e -= shift
    n = _math.isqrt(c)
    exact = exact and n * n == c
    if exact:
        if shift >= 0:
            n //= 10 ** shift
        else:
            n *= 10 ** -shift
        e += shift
    elif n % 5 == 0:
        n += 1
    work = ctx.copy()
    work._rounding = ROUND_HALF_EVEN
    ans = _fix(_new(0, n, e), work, conds)
    return _finish(ctx, conds, ans)


Decimal.quantize = _quantize
Decimal.to_integral_value = _to_integral_value
Decimal.to_integral = _to_integral_value
Decimal.to_integral_exact = _to_integral_exact
Decimal.normalize = _normalize
Decimal.sqrt = _sqrt
Decimal._rescale = _rescale
Decimal._fix = _fix


def _same_quantum(self, other, context=None):
    other = _convert_other(other, raiseit=True)
    if self._is_special or other._is_special:
        return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
    return self._exp == other._exp


Decimal.same_quantum = _same_quantum


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])


def _parse_spec(spec):
    i = 0
    fill, align = ' ', None
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align = spec[0]
        i = 1
    sign = '-'
    if spec[i:i + 1] in ('+', '-', ' ') and i < len(spec):
        sign = spec[i]
        i += 1
    if spec[i:i + 1] == 'z':
        i += 1
    alt = False
    if spec[i:i + 1] == '#':
        alt = True
        i += 1
    if spec[i:i + 1] == '0':
        if align is None:
            fill, align = '0', '='
        i += 1
    j = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    grouping = ''
    if spec[i:i + 1] == ',':
        grouping = spec[i]
        i += 1
    precision = None
    if spec[i:i + 1] == '.':
        j = i + 1
        i = j
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        precision = int(spec[j:i])
    kind = spec[i:]
    if kind not in ('', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'):
        raise ValueError('invalid format string')
    return fill, align or '>', sign, alt, width, grouping, precision, kind


def _round_sig(self, digits, rounding):
    # self rounded to the given number of significant digits.
    n = _ndigits(self._int)
    if self._int == 0 or n <= digits:
        return self
    return _rescale_keep(self, self._exp + n - digits, rounding)


def _rescale_keep(self, exp, rounding):
    ans = _rescale(self, exp, rounding)
    if _ndigits(ans._int) > _ndigits(self._int) - (exp - self._exp):
        ans = _rescale(ans, exp + 1, rounding)
    return ans


def _format(self, spec):
    fill, align, sign_flag, alt, width, grouping, precision, kind = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx._rounding
    if kind == 'n':
        kind = 'g'
    sign = '-' if self._sign else ('' if sign_flag == '-' else sign_flag)
    if self._is_special:
        if align == '=' and fill == '0':
            fill, align = ' ', '>'
        body = str(self.copy_abs())
        if kind == '%':
            body += '%'
        return _pad(sign, body, fill, align, width)
    if kind == '':
        kind = 'G' if ctx.capitals else 'g'
        if precision is None:
            kind = kind + '*'
    x = self
    if kind == '%':
        x = _new(x._sign, x._int, x._exp + 2)
    if precision is not None:
        if kind in ('f', 'F', '%'):
            x = _rescale(x, -precision, rounding)
        elif kind in ('e', 'E'):
            x = _round_sig(x, precision + 1, rounding)
            if x._int != 0 and _ndigits(x._int) < precision + 1:
                pad = precision + 1 - _ndigits(x._int)
                x = _new(x._sign, x._int * 10 ** pad, x._exp - pad)
        elif kind in ('g', 'G'):
            x = _round_sig(x, precision or 1, rounding)
    digits = str(x._int)
    leftdigits = x._exp + len(digits)
    if kind in ('e', 'E'):
        dotplace = 1
        if x._int == 0 and precision is None:
            dotplace = 1
    elif kind in ('f', 'F', '%'):
        dotplace = leftdigits
    elif x._exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if x._int == 0 and kind in ('e', 'E') and precision is not None:
        dotplace = 1
        leftdigits = x._exp + precision + 1
        digits = '0' * (precision + 1)
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    if kind in ('e', 'E', 'g', 'G', 'g*', 'G*') and leftdigits != dotplace or kind in ('e', 'E'):
        letter = 'E' if kind[0] in 'EG' else 'e'
        exp = letter + '%+d' % (leftdigits - dotplace)
    else:
        exp = ''
    intpart = intpart.lstrip('0') or '0'
    rest = ('.' + fracpart if fracpart or alt else '') + exp + ('%' if kind == '%' else '')
    if grouping:
        grouped = _group(intpart, grouping)
        if fill == '0' and align == '=':
            while len(sign) + len(grouped) + len(rest) < width:
                intpart = '0' + intpart
                grouped = _group(intpart, grouping)
        intpart = grouped
    body = intpart + rest
    return _pad(sign, body, fill, align, width)


def _group(intpart, grouping):
    groups = []
    while len(intpart) > 3:
        groups.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    groups.insert(0, intpart)
    return grouping.join(groups)
    if kind == '%':
        body += '%'
    return _pad(sign, body, fill, align, width)


def _pad(sign, body, fill, align, width):
    n = width - len(sign) - len(body)
    if n <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * n
    if align == '=':
        return sign + fill * n + body
    if align == '^':
        return fill * (n // 2) + sign + body + fill * (n - n // 2)
    return fill * n + sign + body


Decimal.__format__ = _format
`;
