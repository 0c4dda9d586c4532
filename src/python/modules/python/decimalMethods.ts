// The decimal module, fifth part: comparisons, compare/max/min, quantize, to_integral, normalize, sqrt.

export const DECIMAL_METHODS_PY = String.raw`def _comparable(self, other, ordering):
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


def _to_integral(self, rounding, context, exact):
    ctx = _ctx(context)
    conds = []
    if rounding is None:
        rounding = ctx._rounding
    if self._is_special:
        nan = _nan_result(self, None, ctx, conds)
        return _finish(ctx, conds, nan if nan is not None else self)
    if self._exp >= 0:
        return self
    if not exact:
        return _rescale(self, 0, rounding)
    if self._int == 0:
        return _new(self._sign, 0, 0)
    ans = _rescale(self, 0, rounding)
    if _cmp(ans, self) != 0:
        conds.append(Inexact)
    conds.append(Rounded)
    return _finish(ctx, conds, ans)


def _to_integral_value(self, rounding=None, context=None):
    return _to_integral(self, rounding, context, False)


def _to_integral_exact(self, rounding=None, context=None):
    return _to_integral(self, rounding, context, True)


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


`;
