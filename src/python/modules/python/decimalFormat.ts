// The decimal module, sixth part: format() and f-strings of a Decimal, and the predefined contexts.

export const DECIMAL_FORMAT_PY = String.raw`def _parse_spec(spec):
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


# CPython's decimal is C (_decimal): its functions leave no frame in a traceback, and its types are named
# decimal.Decimal and decimal.Context in messages.
from _collections import _c_implemented, _set_type_name
for _value in list(globals().values()):
    if (isinstance(_value, type) or callable(_value)) and getattr(_value, '__module__', None) == __name__:
        _c_implemented(_value)
_set_type_name(Decimal, 'decimal.Decimal')
_set_type_name(Context, 'decimal.Context')
del _value, _c_implemented, _set_type_name

# As _decimal's module init does: a Decimal is a numbers.Number (not a Real: it does not mix with floats).
import numbers as _numbers
_numbers.Number.register(Decimal)
del _numbers
`;
