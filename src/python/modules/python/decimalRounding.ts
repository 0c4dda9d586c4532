// The decimal module, third part: rounding a result to its context (the conditions it signals), and the
// operands of an operator.

export const DECIMAL_ROUNDING_PY = String.raw`


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


def _operand(self, other, symbol, reflected):
    # other as a Decimal; None (NotImplemented) when the operation is not supported: the interpreter then says so.
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    return None


`;
