// The datetime module in our Python subset (CPython's is C: the classes carry its dotted type names and show no
// frames in tracebacks), first part: calendar arithmetic on proleptic Gregorian ordinals, field checks, timedelta.

export const DATETIME_DELTA_PY = String.raw`
__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

import time as _time
import math as _math
from _collections import _set_type_name, _c_implemented
# CPython's objects here are not gc-tracked; ours carry the 16-byte gc header sys.getsizeof adds, so __sizeof__
# answers that much less than tp_basicsize (date 32, datetime 48, timedelta 40, time 40).
_SIZEOF_DATE, _SIZEOF_DATETIME, _SIZEOF_DELTA, _SIZEOF_TIME = 16, 32, 24, 24

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _days in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _days
del _total, _days
_US_PER_DAY = 86400 * 1000000


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    # Day 1 is 0001-01-01: count whole 400-, 100-, 4- and 1-year cycles, then find the month.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) or not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value.__index__()


def _check_date_fields(year, month, day):
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %i is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _as_int(hour), _as_int(minute), _as_int(second), _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _cmp_error(a, b):
    raise TypeError("can't compare %s to %s" % (_type_name(a), _type_name(b)))


def _type_name(o):
    t = type(o)
    return "datetime." + t.__name__ if t.__module__ == "datetime" else t.__name__


def _hms(seconds):
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return hours, minutes, seconds


class _Field:
    """A read-only attribute as CPython's C types have them: a member (timedelta's) or a getset (the others)."""
    __slots__ = ('_slot', '_message', '_text')

    def __init__(self, slot, name, owner, member=False):
        self._slot = slot
        if member:
            self._message = 'readonly attribute'
            self._text = "<member '%s' of '%s' objects>" % (name, owner)
        else:
            self._message = "attribute '%s' of '%s' objects is not writable" % (name, owner)
            self._text = "<attribute '%s' of '%s' objects>" % (name, owner)

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError(self._message)

    def __delete__(self, obj):
        raise AttributeError(self._message)

    def __repr__(self):
        return self._text


class timedelta:
    """Difference between two datetime values."""
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0, **unknown):
        for name in unknown:
            raise TypeError("'%s' is an invalid keyword argument for __new__()" % name)
        # Whole microseconds exactly; the fractional parts of float arguments summed as a float and rounded to
        # even once, as CPython's C timedelta does.
        total = 0
        leftover = 0.0
        for name, value, factor in (("days", days, _US_PER_DAY), ("seconds", seconds, 1000000),
                                    ("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                                    ("minutes", minutes, 60000000), ("hours", hours, 3600000000),
                                    ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                fraction, whole = _math.modf(value)
                total += int(whole) * factor
                if fraction:
                    fraction, whole = _math.modf(fraction * factor)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _delta_from_us(total, cls)

    days = _Field('_days', 'days', 'datetime.timedelta', True)
    seconds = _Field('_seconds', 'seconds', 'datetime.timedelta', True)
    microseconds = _Field('_microseconds', 'microseconds', 'datetime.timedelta', True)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_type_name(self), ", ".join(args))

    def __str__(self):
        hh, mm, ss = _hms(self._seconds)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            text = "%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "") + text
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _delta_from_us(_divide_round_even(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        us = self._to_us()
        if isinstance(other, timedelta):
            return us // other._to_us()
        return _delta_from_us(us // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        us = self._to_us()
        if isinstance(other, timedelta):
            return us / other._to_us()
        if isinstance(other, int):
            return _delta_from_us(_divide_round_even(us, other))
        a, b = other.as_integer_ratio()
        return _delta_from_us(_divide_round_even(b * us, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _delta_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._key())

    def __sizeof__(self):
        return _SIZEOF_DELTA


def _divide_round_even(a, b):
    # a / b rounded to the nearest integer, halfway cases to even.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        greater = r2 > b or (r2 == b and q % 2 == 1)
    else:
        greater = r2 < b or (r2 == b and q % 2 == 1)
    return q + 1 if greater else q


def _delta_from_us(us, cls=timedelta):
    days, us = divmod(us, _US_PER_DAY)
    seconds, us = divmod(us, 1000000)
    if not -999999999 <= days <= 999999999:
        # microseconds_to_delta_ex converts the days to a C int before checking their range.
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    return self


timedelta.min = _delta_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _delta_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(1)
`;
