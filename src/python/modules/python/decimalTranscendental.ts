// The decimal module, seventh part: exp, ln, log10 and powers with a non-integer or infinite exponent, correctly
// rounded. The integer arithmetic (_ilog, _dlog, _dexp, _dpower, _power_exact) is CPython's _pydecimal, with its
// string coefficients read as our int ones.

export const DECIMAL_TRANSCENDENTAL_PY = String.raw`

def _decimal_lshift_exact(n, e):
    # n * 10**e if it is an integer, else None.
    if n == 0:
        return 0
    if e >= 0:
        return n * 10 ** e
    str_n = str(abs(n))
    val_n = len(str_n) - len(str_n.rstrip('0'))
    return None if val_n < -e else n // 10 ** -e


def _sqrt_nearest(n, a):
    # The integer closest to the square root of n > 0, from the estimate a > 0.
    b = 0
    while a != b:
        b, a = a, (a + n // a) >> 1
    return a


def _rshift_nearest(x, shift):
    # The integer closest to x / 2**shift, ties to even.
    b, q = 1 << shift, x >> shift
    return q + (2 * (x & (b - 1)) + (q & 1) > b)


def _div_nearest(a, b):
    # The integer closest to a / b, ties to even.
    q, r = divmod(a, b)
    return q + (2 * r + (q & 1) > b)


def _ilog(x, M, L=8):
    # An integer approximation to M*log(x/M), by argument reduction and a Taylor series.
    y = x - M
    R = 0
    while (R <= L and abs(y) << L - R >= M or
           R > L and abs(y) >> R - L >= M):
        y = _div_nearest((M * y) << 1, M + _sqrt_nearest(M * (M + _rshift_nearest(y, R)), M))
        R += 1
    T = -int(-10 * len(str(M)) // (3 * L))
    yshift = _rshift_nearest(y, R)
    w = _div_nearest(M, T)
    for k in range(T - 1, 0, -1):
        w = _div_nearest(M, k) - _div_nearest(yshift * w, M)
    return _div_nearest(w * y, M)


def _dlog10(c, e, p):
    # An integer approximation to 10**p * log10(c*10**e), within 1; c*10**e is not 1.
    p += 2
    l = len(str(c))
    f = e + l - (e + l >= 1)
    if p > 0:
        M = 10 ** p
        k = e + p - f
        if k >= 0:
            c *= 10 ** k
        else:
            c = _div_nearest(c, 10 ** -k)
        log_d = _ilog(c, M)
        log_10 = _log10_digits(p)
        log_d = _div_nearest(log_d * M, log_10)
        log_tenpower = f * M
    else:
        log_d = 0
        log_tenpower = _div_nearest(f, 10 ** -p)
    return _div_nearest(log_tenpower + log_d, 100)


def _dlog(c, e, p):
    # An integer approximation to 10**p * log(c*10**e), within 1; c*10**e is not 1.
    p += 2
    l = len(str(c))
    f = e + l - (e + l >= 1)
    if p > 0:
        k = e + p - f
        if k >= 0:
            c *= 10 ** k
        else:
            c = _div_nearest(c, 10 ** -k)
        log_d = _ilog(c, 10 ** p)
    else:
        log_d = 0
    if f:
        extra = len(str(abs(f))) - 1
        if p + extra >= 0:
            f_log_ten = _div_nearest(f * _log10_digits(p + extra), 10 ** extra)
        else:
            f_log_ten = 0
    else:
        f_log_ten = 0
    return _div_nearest(f_log_ten + log_d, 100)


_LOG10_DIGITS = ['23025850929940456840179914546843642076011014886']


def _log10_digits(p):
    # floor(10**p * log(10)), extending the digits kept so far when p needs more.
    digits = _LOG10_DIGITS[0]
    if p >= len(digits):
        extra = 3
        while True:
            M = 10 ** (p + extra + 2)
            digits = str(_div_nearest(_ilog(10 * M, M), 100))
            if digits[-extra:] != '0' * extra:
                break
            extra += 3
        digits = digits.rstrip('0')[:-1]
        _LOG10_DIGITS[0] = digits
    return int(digits[:p + 1])


def _iexp(x, M, L=8):
    # An integer approximation to M*exp(x/M) for small x/M.
    R = ((x << L) // M).bit_length()
    T = -int(-10 * len(str(M)) // (3 * L))
    y = _div_nearest(x, T)
    Mshift = M << R
    for i in range(T - 1, 0, -1):
        y = _div_nearest(x * (Mshift + y), Mshift * i)
    for k in range(R - 1, -1, -1):
        Mshift = M << (k + 2)
        y = _div_nearest(y * (y + Mshift), Mshift)
    return M + y


def _dexp(c, e, p):
    # (d, f) with d*10**f within one unit of d of exp(c*10**e), 10**(p-1) <= d <= 10**p.
    p += 2
    extra = max(0, e + len(str(c)) - 1)
    q = p + extra
    shift = e + q
    if shift >= 0:
        cshift = c * 10 ** shift
    else:
        cshift = c // 10 ** -shift
    quot, rem = divmod(cshift, _log10_digits(q))
    rem = _div_nearest(rem, 10 ** extra)
    return _div_nearest(_iexp(rem, 10 ** p), 1000), quot - p + 3


def _dpower(xc, xe, yc, ye, p):
    # (c, e) with c*10**e within one unit of c of x**y; x positive and not 1, y nonzero.
    b = len(str(abs(yc))) + ye
    lxc = _dlog(xc, xe, p + b + 1)
    shift = ye - b
    if shift >= 0:
        pc = lxc * yc * 10 ** shift
    else:
        pc = _div_nearest(lxc * yc, 10 ** -shift)
    if pc == 0:
        # A result that is not exactly 1 keeps the rounding test below meaningful.
        if (len(str(xc)) + xe >= 1) == (yc > 0):
            coeff, exp = 10 ** (p - 1) + 1, 1 - p
        else:
            coeff, exp = 10 ** p - 1, -p
    else:
        coeff, exp = _dexp(pc, -(p + 1), p + 1)
        coeff = _div_nearest(coeff, 10)
        exp += 1
    return coeff, exp


_LOG10_LB_CORRECTION = {'1': 100, '2': 70, '3': 53, '4': 40, '5': 31, '6': 23, '7': 16, '8': 10, '9': 5}


def _log10_lb(c):
    # A lower bound for 100*log10(c), c > 0.
    str_c = str(c)
    return 100 * len(str_c) - _LOG10_LB_CORRECTION[str_c[0]]


def _is_integer(d):
    if d._is_special:
        return False
    return d._exp >= 0 or d._int % 10 ** -d._exp == 0


def _roundable(coeff, p):
    # Whether a p+extra digit approximation within one unit rounds the same way in every mode.
    return coeff % (5 * 10 ** (len(str(coeff)) - p - 1)) != 0


def _half_even(ctx):
    work = ctx.copy()
    work._rounding = ROUND_HALF_EVEN
    return work


def _exp_method(self, context=None):
    ctx = _ctx(context)
    conds = []
    if self._exp in ('n', 'N'):
        return _finish(ctx, conds, _nan_result(self, None, ctx, conds))
    if self._exp == 'F':
        return _new(0, 0, 0) if self._sign else self
    if self._int == 0:
        return _new(0, 1, 0)
    p = ctx._prec
    adj = self.adjusted()
    # Outside a small range of adjusted exponents the result overflows, underflows or rounds next to 1.
    if self._sign == 0 and adj > len(str((ctx.Emax + 1) * 3)):
        ans = _new(0, 1, ctx.Emax + 1)
    elif self._sign == 1 and adj > len(str((-ctx.Etiny() + 1) * 3)):
        ans = _new(0, 1, ctx.Etiny() - 1)
    elif self._sign == 0 and adj < -p:
        ans = _new(0, 10 ** p + 1, -p)
    elif self._sign == 1 and adj < -p - 1:
        ans = _new(0, 10 ** (p + 1) - 1, -p - 1)
    else:
        c = -self._int if self._sign else self._int
        extra = 3
        while True:
            coeff, exp = _dexp(c, self._exp, p + extra)
            if _roundable(coeff, p):
                break
            extra += 3
        ans = _new(0, coeff, exp)
    return _finish(ctx, conds, _fix(ans, _half_even(ctx), conds))


def _ln_exp_bound(self):
    # r with ln(self) >= 10**r, for finite positive self != 1.
    adj = self.adjusted()
    if adj >= 1:
        return len(str(adj * 23 // 10)) - 1
    if adj <= -2:
        return len(str((-1 - adj) * 23 // 10)) - 1
    c, e = self._int, self._exp
    if adj == 0:
        num = str(c - 10 ** -e)
        den = str(c)
        return len(num) - len(den) - (num < den)
    return e + len(str(10 ** -e - c)) - 1


def _log10_exp_bound(self):
    # r with log10(self) >= 10**r, for finite positive self != 1.
    adj = self.adjusted()
    if adj >= 1:
        return len(str(adj)) - 1
    if adj <= -2:
        return len(str(-1 - adj)) - 1
    c, e = self._int, self._exp
    if adj == 0:
        num = str(c - 10 ** -e)
        den = str(231 * c)
        return len(num) - len(den) - (num < den) + 2
    num = str(10 ** -e - c)
    return len(num) + e - (num < '231') - 1


def _logarithm(self, context, base10):
    ctx = _ctx(context)
    conds = []
    if self._exp in ('n', 'N'):
        return _finish(ctx, conds, _nan_result(self, None, ctx, conds))
    if not self._is_special and self._int == 0:
        return _new(1, 0, 'F')
    if self._exp == 'F' and self._sign == 0:
        return self
    if self._sign == 1:
        conds.append(InvalidOperation)
        return _finish(ctx, conds, _NAN)
    if _cmp(self, _new(0, 1, 0)) == 0:
        return _new(0, 0, 0)
    p = ctx._prec
    if base10 and self._int == 10 ** (_ndigits(self._int) - 1):
        ans = Decimal(self.adjusted())
    else:
        if base10:
            places = p - _log10_exp_bound(self) + 2
        else:
            places = p - _ln_exp_bound(self) + 2
        while True:
            if base10:
                coeff = _dlog10(self._int, self._exp, places)
            else:
                coeff = _dlog(self._int, self._exp, places)
            if _roundable(abs(coeff), p):
                break
            places += 3
        ans = _new(int(coeff < 0), abs(coeff), -places)
    return _finish(ctx, conds, _fix(ans, _half_even(ctx), conds))


def _ln(self, context=None):
    return _logarithm(self, context, False)


def _log10(self, context=None):
    return _logarithm(self, context, True)


Decimal.exp = _exp_method
Decimal.ln = _ln
Decimal.log10 = _log10
`;
