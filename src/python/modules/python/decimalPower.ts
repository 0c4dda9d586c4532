// The decimal module, eighth part: x ** y for a non-integer or infinite y: the special cases as CPython's
// _pydecimal __pow__, the value as libmpdec computes it. Integer powers stay in decimalOperators.

export const DECIMAL_POWER_PY = String.raw`

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
    ans = None
    # Extreme overflow or underflow, from a bound on log10(a) * b.
    bound = _log10_exp_bound(a) + b.adjusted()
    if (self_adj >= 0) == (b._sign == 0):
        if bound >= len(str(ctx.Emax)):
            ans = _new(0, 1, ctx.Emax + 1)
    else:
        etiny = ctx.Etiny()
        if bound >= len(str(-etiny)):
            ans = _new(0, 1, etiny - 1)
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
`;
