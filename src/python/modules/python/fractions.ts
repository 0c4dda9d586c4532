// The fractions module in our Python subset, first part: Fraction's construction (ints, strs such as '3/4' or
// '1.5e-2', floats and Decimals exactly), limit_denominator and str/repr (its arithmetic is in fractionsArithmetic.ts).

export const FRACTIONS_PY = String.raw`
__all__ = ["Fraction"]

import math as _math
import sys as _sys

_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf


def _digits_end(text, i):
    # The end of a run of decimal digits with single underscores between them (i itself when none).
    n = len(text)
    if i >= n or not text[i].isdecimal():
        return i
    i += 1
    while i < n:
        if text[i].isdecimal():
            i += 1
        elif text[i] == "_" and i + 1 < n and text[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


def _parse_fraction(text):
    # '[sign]num[/den]' or '[sign][num][.frac][e[sign]exp]', with whitespace around: (numerator, denominator).
    invalid = ValueError("Invalid literal for Fraction: %r" % text)
    s = text.strip()
    i = 0
    negative = False
    if s[:1] in ("+", "-"):
        negative = s[0] == "-"
        i = 1
    int_end = _digits_end(s, i)
    whole = s[i:int_end]
    i = int_end
    if i < len(s) and s[i] == "/":
        den_end = _digits_end(s, i + 1)
        if not whole or den_end == i + 1 or den_end != len(s):
            raise invalid
        numerator = int(whole)
        denominator = int(s[i + 1:den_end])
    else:
        frac = ""
        if i < len(s) and s[i] == ".":
            frac_end = _digits_end(s, i + 1)
            frac = s[i + 1:frac_end]
            i = frac_end
        if not whole and not frac:
            raise invalid
        exponent = 0
        if i < len(s) and s[i] in "eE":
            j = i + 1
            if j < len(s) and s[j] in "+-":
                j += 1
            exp_end = _digits_end(s, j)
            if exp_end == j:
                raise invalid
            exponent = int(s[i + 1:exp_end])
            i = exp_end
        if i != len(s):
            raise invalid
        numerator = int(whole or "0")
        denominator = 1
        if frac:
            scale = 10 ** len(frac.replace("_", ""))
            numerator = numerator * scale + int(frac)
            denominator = scale
        if exponent >= 0:
            numerator *= 10 ** exponent
        else:
            denominator *= 10 ** -exponent
    return (-numerator if negative else numerator), denominator


def _is_rational(value):
    return isinstance(value, (int, Fraction))


def _is_decimal(value):
    # CPython imports decimal for this test; a Decimal instance means decimal is loaded already.
    decimal = _sys.modules.get("decimal")
    return decimal is not None and isinstance(value, decimal.Decimal)


class Fraction:
    """This class implements rational numbers."""
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                # Exact conversion
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse_fraction(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (Fraction(numerator)._numerator * Fraction(denominator)._denominator,
                                      Fraction(denominator)._numerator * Fraction(numerator)._denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = int(numerator)
        self._denominator = int(denominator)
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents; the answer is the last one or a semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semiconvergent = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)
`;
