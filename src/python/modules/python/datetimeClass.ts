// The datetime module, fourth part: datetime (a date with a time of day and an optional tzinfo): construction,
// timestamps, combine, isoformat and repr, naive/aware comparison and subtraction, arithmetic with timedelta.

export const DATETIME_CLASS_PY = String.raw`


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = _Field('_hour', 'hour', 'datetime.datetime')
    minute = _Field('_minute', 'minute', 'datetime.datetime')
    second = _Field('_second', 'second', 'datetime.datetime')
    microsecond = _Field('_microsecond', 'microsecond', 'datetime.datetime')
    tzinfo = _Field('_tzinfo', 'tzinfo', 'datetime.datetime')
    fold = _Field('_fold', 'fold', 'datetime.datetime')

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        fraction, t = _math.modf(t)
        us = round(fraction * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        parts = (_time.gmtime if utc else _time.localtime)(t)
        result = cls(parts[0], parts[1], parts[2], parts[3], parts[4], min(parts[5], 59), us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        return tz.fromutc(cls._from_timestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        return _datetime_fromisoformat(cls, date_string)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        return cls(*_strptime(date_string, format))

    def timetuple(self):
        """Return time tuple compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def timestamp(self):
        """Return POSIX timestamp as float"""
        if self._tzinfo is None:
            seconds = _time.mktime(self.timetuple())
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _build_struct_time(moment._year, moment._month, moment._day, moment._hour, moment._minute,
                                  moment._second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return _date_class(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            offset = mytz.utcoffset(self)
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                offset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_timezone(self):
        seconds = (self - _EPOCH_NAIVE) // timedelta(seconds=1) if self._tzinfo is None else \
            (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(seconds)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_NAMES[weekday], _MONTH_NAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        return '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        text = '%s(%s)' % (_type_name(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west of UTC)."""
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        """Return the timezone name."""
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta positive eastward) if DST is in effect."""
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def _us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def _compare(self, other, subtracting=False):
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if subtracting:
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._us() - (mine._to_us() if mine is not None else 0)
        b = other._us() - (theirs._to_us() if theirs is not None else 0)
        return a - b

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                return False
            return self._compare(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) < 0
        if isinstance(other, date):
            _cmp_error(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) <= 0
        if isinstance(other, date):
            _cmp_error(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) > 0
        if isinstance(other, date):
            _cmp_error(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) >= 0
        if isinstance(other, date):
            _cmp_error(self, other)
        return NotImplemented

    def __hash__(self):
        offset = self.utcoffset()
        if offset is None:
            us = self._microsecond
            return hash(bytes([self._year >> 8, self._year & 255, self._month, self._day, self._hour, self._minute,
                               self._second, us >> 16, (us >> 8) & 255, us & 255]))
        days, seconds = divmod(self._us() // 1000000 - offset._to_us() // 1000000, 86400)
        return hash(timedelta(days, seconds, self._microsecond))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._to_us()
        days, us = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(us, 1000000)
        hh, mm, ss = _hms(seconds)
        y, m, d = _ordinal_to_ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return _delta_from_us(self._compare(other, True) if self._tzinfo is not other._tzinfo
                                  else self._us() - other._us())
        return NotImplemented

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute, self._second,
                                 self._microsecond) + ((self._tzinfo,) if self._tzinfo is not None else ()))

    def __sizeof__(self):
        return _SIZEOF_DATETIME


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)

for _cls in (timedelta, date, tzinfo, timezone, time, datetime, IsoCalendarDate):
    _set_type_name(_cls, "datetime." + _cls.__name__)
del _cls
`;
