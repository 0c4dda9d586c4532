// The decimal module, fourth part: the operators (+ - * / // % divmod **), each rounded to the context.

export const DECIMAL_OPERATORS_PY = String.raw`def _add(a, b, ctx, conds):
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
    if not _is_integer(b):
        return _pow_real(a, b, ctx, conds)
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
    return _pow_integer(a, b, n, sign, ctx, conds)


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


`;
