// The decimal module, eighth part: the value of x ** y as libmpdec computes it (an integer y by binary powering,
// another by exp(y * ln(x))), and for a non-integer or infinite y the special cases of CPython's _pydecimal.

export const DECIMAL_POWER_PY = String.raw`

def _pow_bounds(a, b, sign, ctx):
    # For an extreme overflow or underflow (from a bound on log10(a) * b), a number beyond the context's
    # range that rounds to the right result; else None. a is finite, positive and not 1.
    bound = _log10_exp_bound(a) + b.adjusted()
    if (a.adjusted() >= 0) == (b._sign == 0):
        if bound > len(str(ctx.Emax)):
            return _new(sign, 1, ctx.Emax + 1)
    else:
        etiny = ctx.Etiny()
        if bound > len(str(-etiny)):
            return _new(sign, 1, etiny - 1)
    return None


def _pow_real(a, b, ctx, conds):
    # a ** b for a non-integer or infinite b (neither a NaN): never negative, as a negative a is invalid.
    if a._sign == 1:
        if a._exp == 'F' or a._int != 0:
            conds.append(InvalidOperation)
            return _NAN
        a = a.copy_negate()
    if a._exp != 'F' and a._int == 0:
        return _new(0, 0, 0) if b._sign == 0 else _new(0, 0, 'F')
    if a._exp == 'F':
        return _new(0, 0, 'F') if b._sign == 0 else _new(0, 0, 0)
    if _cmp(a, _new(0, 1, 0)) == 0:
        conds.append(Inexact)
        conds.append(Rounded)
        return _new(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)
    self_adj = a.adjusted()
    if b._exp == 'F':
        if (b._sign == 0) == (self_adj < 0):
            return _new(0, 0, 0)
        return _new(0, 0, 'F')
    ans = _pow_bounds(a, b, 0, ctx)
    if ans is not None:
        return _fix(ans, ctx, conds)
    # As libmpdec: exp(ln(a) * b) at a working precision, each step correctly rounded half-even, then rounded
    # to the context (so a directed rounding can give 9.9999 for 100 ** 0.5); never exact.
    work = Context(prec=max(_ndigits(a._int), ctx._prec) + 4 + 19, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN,
                   Emax=MAX_EMAX, traps=[])
    product = _mul(_logarithm(a, work, False), b, work, [])
    ans = _exp_method(product, work)
    if not ans._is_special and _cmp(ans, _new(0, 1, 0)) == 0:
        ans = _new(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)
    conds.append(Inexact)
    conds.append(Rounded)
    ans = _fix(ans, ctx, conds)
    if Subnormal in conds:
        conds.append(Underflow)
    return ans


def _pow_integer(a, b, n, sign, ctx, conds):
    # a ** n for a finite nonzero a and an integer n != 0, as libmpdec: binary powering (of 1/a when n < 0) in
    # the context's exponent range with a few more digits, rounding half-even at each step, then rounded.
    base = _new(0, a._int, a._exp)
    if _cmp(base, _new(0, 1, 0)) != 0:
        ans = _pow_bounds(base, b, sign, ctx)
        if ans is not None:
            return _fix(ans, ctx, conds)
    work = ctx.copy()
    work._prec += _ndigits(b._int) + b._exp + 2
    work._rounding = ROUND_HALF_EVEN
    work.clamp = 0
    steps = []
    if n < 0:
        work._prec += 1
        base = _div(_new(0, 1, 0), base, work, steps)
    result = base
    m = abs(n)
    bit = 1 << (m.bit_length() - 1)
    while bit > 1:
        bit >>= 1
        result = _mul(result, result, work, steps)
        if m & bit:
            result = _mul(result, base, work, steps)
        if result._is_special or (result._int == 0 and Clamped in steps):
            break
    conds.extend(steps)
    if result._exp == 'F':
        # Overflowed at half-even: the context's rounding decides between Infinity and its largest number.
        return _fix(_new(sign, 1, ctx.Emax + 1), ctx, conds)
    return _fix(_new(sign, result._int, result._exp), ctx, conds)
`;
