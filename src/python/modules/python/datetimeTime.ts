// The datetime module, third part: tzinfo, the fixed-offset timezone (timezone.utc), and time of day.

export const DATETIME_TIME_PY = String.raw`


class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        delta = dt.dst()
        if delta is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        dt += offset - delta
        delta = dt.dst()
        if delta is None:
            raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + delta


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % offset)
        if name is None and not offset and getattr(timezone, 'utc', None) is not None:
            return timezone.utc
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        return None

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = None
timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = _Field('_hour', 'hour', 'datetime.time')
    minute = _Field('_minute', 'minute', 'datetime.time')
    second = _Field('_second', 'second', 'datetime.time')
    microsecond = _Field('_microsecond', 'microsecond', 'datetime.time')
    tzinfo = _Field('_tzinfo', 'tzinfo', 'datetime.time')
    fold = _Field('_fold', 'fold', 'datetime.time')

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % self._tzinfo
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_type_name(self), text)

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        return _time_fromisoformat(cls, time_string)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, _build_struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _time_key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other):
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return (self._time_key() > other._time_key()) - (self._time_key() < other._time_key())
        if mine is None or theirs is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._hour * 60 + self._minute - mine // timedelta(minutes=1)
        b = other._hour * 60 + other._minute - theirs // timedelta(minutes=1)
        return ((a, self._second, self._microsecond) > (b, other._second, other._microsecond)) - \
            ((a, self._second, self._microsecond) < (b, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            try:
                return self._compare(other) == 0
            except TypeError:
                return False
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other) < 0 if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._compare(other) <= 0 if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._compare(other) > 0 if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._compare(other) >= 0 if isinstance(other, time) else NotImplemented

    def __hash__(self):
        if self.utcoffset() is None:
            return hash(bytes([self._hour, self._minute, self._second, self._microsecond >> 16,
                               (self._microsecond >> 8) & 255, self._microsecond & 255]))
        return hash((self._hour, self._minute, self._second, self._microsecond, self.utcoffset()))

    def __bool__(self):
        return True

    def __reduce__(self):
        return (self.__class__, self._time_key() + ((self._tzinfo,) if self._tzinfo is not None else ()))

    def __sizeof__(self):
        return _SIZEOF_TIME


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
`;
