// The decimal module, ninth part: the General Decimal Arithmetic operations beyond the operators (total
// ordering, next_plus/next_minus/next_toward, number_class, logb, scaleb, fma, ...), as CPython's _pydecimal,
// and the Context methods that apply them.

export const DECIMAL_EXTRAS_PY = String.raw`

def _nan_kind(d):
    # 0 for a number, 1 for a quiet NaN, 2 for a signaling NaN.
    return 1 if d._exp == 'n' else (2 if d._exp == 'N' else 0)


def _compare_signal(self, other, context=None):
    other = _convert_other(other, raiseit=True)
    ctx = _ctx(context)
    conds = []
    # Every NaN signals; a signaling one gives its payload first.
    for kind in ('N', 'n'):
        for x in (self, other):
            if x._exp == kind:
                conds.append(InvalidOperation)
                return _finish(ctx, conds, _fix_nan(_new(x._sign, x._int, 'n'), ctx))
    return Decimal(_cmp(self, other))


def _total_cmp(a, b):
    # -1, 0 or 1: the total ordering of the abstract representations.
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    an, bn = _nan_kind(a), _nan_kind(b)
    if an or bn:
        if an == bn:
            if a._int == b._int:
                return 0
            return -s if a._int < b._int else s
        # A quiet NaN orders above a signaling one, both above every number.
        return s if an == 1 or (an == 2 and bn == 0) else -s
    c = _cmp(a, b)
    if c:
        return c
    if a._is_special or a._exp == b._exp:
        return 0
    return -s if a._exp < b._exp else s


def _compare_total(self, other, context=None):
    other = _convert_other(other, raiseit=True)
    return Decimal(_total_cmp(self, other))


def _compare_total_mag(self, other, context=None):
    other = _convert_other(other, raiseit=True)
    return Decimal(_total_cmp(self.copy_abs(), other.copy_abs()))


def _magnitude_extreme(want):
    def method(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        ctx = _ctx(context)
        conds = []
        sn, on = _nan_kind(self), _nan_kind(other)
        if sn or on:
            # A quiet NaN loses to a number.
            if on == 1 and sn == 0:
                return _finish(ctx, conds, _fix(self, ctx, conds))
            if sn == 1 and on == 0:
                return _finish(ctx, conds, _fix(other, ctx, conds))
            return _finish(ctx, conds, _nan_result(self, other, ctx, conds))
        c = _cmp(self.copy_abs(), other.copy_abs())
        if c == 0:
            c = _total_cmp(self, other)
        ans = other if c == -want else self
        return _finish(ctx, conds, _fix(ans, ctx, conds))
    return method


def _is_normal(self, context=None):
    ctx = _ctx(context)
    if self._is_special or self._int == 0:
        return False
    return ctx.Emin <= self.adjusted()


def _is_subnormal(self, context=None):
    ctx = _ctx(context)
    if self._is_special or self._int == 0:
        return False
    return self.adjusted() < ctx.Emin


def _number_class(self, context=None):
    ctx = _ctx(context)
    if self._exp == 'N':
        return 'sNaN'
    if self._exp == 'n':
        return 'NaN'
    sign = '-' if self._sign else '+'
    if self._exp == 'F':
        return sign + 'Infinity'
    if self._int == 0:
        return sign + 'Zero'
    if self.adjusted() < ctx.Emin:
        return sign + 'Subnormal'
    return sign + 'Normal'


def _next_step(self, ctx, up):
    # The representable neighbour of finite-or-infinite non-NaN self, with no conditions signalled.
    if self._exp == 'F':
        if self._sign == (0 if up else 1):
            return self
        return _new(self._sign, 10 ** ctx._prec - 1, ctx.Etop())
    work = ctx.copy()
    work._rounding = ROUND_CEILING if up else ROUND_FLOOR
    ignored = []
    rounded = _fix(self, work, ignored)
    if _cmp(rounded, self) != 0:
        return rounded
    tiny = _new(0 if up else 1, 1, work.Etiny() - 1)
    return _add(self, tiny, work, ignored)


def _next_method(up):
    def method(self, context=None):
        ctx = _ctx(context)
        conds = []
        if self._exp in ('n', 'N'):
            return _finish(ctx, conds, _nan_result(self, None, ctx, conds))
        return _next_step(self, ctx, up)
    return method


def _next_toward(self, other, context=None):
    other = _convert_other(other, raiseit=True)
    ctx = _ctx(context)
    conds = []
    nan = _nan_result(self, other, ctx, conds)
    if nan is not None:
        return _finish(ctx, conds, nan)
    c = _cmp(self, other)
    if c == 0:
        return self.copy_sign(other)
    ans = _next_step(self, ctx, c == -1)
    if ans._exp == 'F':
        conds.extend((Overflow, Inexact, Rounded))
    elif ans.adjusted() < ctx.Emin:
        conds.extend((Underflow, Subnormal, Inexact, Rounded))
        if ans._int == 0:
            conds.append(Clamped)
    return _finish(ctx, conds, ans)


def _logb(self, context=None):
    ctx = _ctx(context)
    conds = []
    if self._exp in ('n', 'N'):
        return _finish(ctx, conds, _nan_result(self, None, ctx, conds))
    if self._exp == 'F':
        return _new(0, 0, 'F')
    if self._int == 0:
        conds.append(DivisionByZero)
        return _finish(ctx, conds, _new(1, 0, 'F'))
    return _finish(ctx, conds, _fix(Decimal(self.adjusted()), ctx, conds))


def _scaleb(self, other, context=None):
    ctx = _ctx(context)
    other = _convert_other(other, raiseit=True)
    conds = []
    nan = _nan_result(self, other, ctx, conds)
    if nan is not None:
        return _finish(ctx, conds, nan)
    limit = 2 * (ctx.Emax + ctx._prec)
    if other._exp != 0 or not (-limit <= int(other) <= limit):
        conds.append(InvalidOperation)
        return _finish(ctx, conds, _NAN)
    if self._exp == 'F':
        return self
    return _finish(ctx, conds, _fix(_new(self._sign, self._int, self._exp + int(other)), ctx, conds))


def _fma(self, other, third, context=None):
    other = _convert_other(other, raiseit=True)
    third = _convert_other(third, raiseit=True)
    ctx = _ctx(context)
    conds = []
    sign = self._sign ^ other._sign
    # The product, unrounded; then one rounding of the sum.
    if self._is_special or other._is_special:
        if self._exp == 'N' or other._exp == 'N':
            return _finish(ctx, conds, _nan_result(self, other, ctx, conds))
        if self._exp == 'n':
            product = self
        elif other._exp == 'n':
            product = other
        elif (self._exp != 'F' and self._int == 0) or (other._exp != 'F' and other._int == 0):
            conds.append(InvalidOperation)
            return _finish(ctx, conds, _NAN)
        else:
            product = _new(sign, 0, 'F')
    else:
        product = _new(sign, self._int * other._int, self._exp + other._exp)
    return _finish(ctx, conds, _add(product, third, ctx, conds))


def _radix(self):
    return Decimal(10)


Decimal.compare_signal = _compare_signal
Decimal.compare_total = _compare_total
Decimal.compare_total_mag = _compare_total_mag
Decimal.max_mag = _magnitude_extreme(1)
Decimal.min_mag = _magnitude_extreme(-1)
Decimal.is_normal = _is_normal
Decimal.is_subnormal = _is_subnormal
Decimal.number_class = _number_class
Decimal.next_plus = _next_method(True)
Decimal.next_minus = _next_method(False)
Decimal.next_toward = _next_toward
Decimal.logb = _logb
Decimal.scaleb = _scaleb
Decimal.fma = _fma
Decimal.radix = _radix


def _context_method(name):
    def method(self, a, *args):
        return self._op(name, a, *args)
    return method


for _name in ('exp', 'ln', 'log10', 'logb', 'fma', 'scaleb', 'compare_signal', 'compare_total',
              'compare_total_mag', 'max_mag', 'min_mag', 'next_minus', 'next_plus', 'next_toward',
              'number_class', 'is_normal', 'is_subnormal', 'copy_sign', 'same_quantum', 'to_integral',
              'to_integral_exact', 'to_integral_value', 'to_eng_string'):
    setattr(Context, _name, _context_method(_name))
del _name


def _context_plain_method(name):
    # For the Decimal methods that take no context.
    def method(self, a):
        if name in ('canonical', 'is_canonical') and not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return getattr(_convert_other(a, True), name)()
    return method


for _name in ('canonical', 'copy_abs', 'copy_negate', 'is_canonical', 'is_finite', 'is_infinite', 'is_nan',
              'is_qnan', 'is_signed', 'is_snan', 'is_zero'):
    setattr(Context, _name, _context_plain_method(_name))
del _name


def _context_radix(self):
    return Decimal(10)


def _context_copy_decimal(self, a):
    return Decimal(_convert_other(a, True))


def _context_divmod(self, a, b):
    return self._op('__divmod__', a, b)


def _context_to_sci_string(self, a):
    return _convert_other(a, True).__str__(context=self)


Context.radix = _context_radix
Context.copy_decimal = _context_copy_decimal
Context.divmod = _context_divmod
Context.to_sci_string = _context_to_sci_string


def _name_methods(cls):
    # Methods defined as module functions and attached to the class take the names they have there (an alias
    # keeps its first name).
    for name, value in list(cls.__dict__.items()):
        if type(value) is type(_name_methods) and not value.__qualname__.startswith(cls.__name__ + '.'):
            value.__name__ = name
            value.__qualname__ = cls.__name__ + '.' + name


_name_methods(Decimal)
_name_methods(Context)
`;
