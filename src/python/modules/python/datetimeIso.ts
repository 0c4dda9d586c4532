// The datetime module, fifth part: the ISO 8601 forms fromisoformat reads (dates, week dates, times with
// fractions and Z or +HH:MM offsets), with CPython's separator search and error messages.

export const DATETIME_ISO_PY = String.raw`


def _iso_digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not (part.isdigit() and part.isascii()):
        raise ValueError
    return int(part)


def _iso_date_end(text):
    # Where the date part of an ISO datetime string ends (CPython's separator search).
    n = len(text)
    if n == 7:
        return 7
    if n < 7:
        raise ValueError
    if text[4] == '-':
        if text[5] != 'W':
            return 10
        if n > 8 and text[8] == '-':
            if n == 9:
                raise ValueError
            if n > 10 and text[10].isdigit() and text[10].isascii():
                return 8
            return 10
        return 8
    if text[4] == 'W':
        end = 7
        while end < n and text[end].isdigit() and text[end].isascii():
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_iso_date(text):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]: (year, month, day); ValueError if malformed.
    year = _iso_digits(text, 0, 4)
    dashed = text[4:5] == '-'
    pos = 4 + dashed
    if text[pos:pos + 1] == 'W':
        week = _iso_digits(text, pos + 1, 2)
        pos += 3
        day = 1
        if len(text) > pos:
            if (text[pos:pos + 1] == '-') != dashed:
                raise ValueError
            pos += dashed
            day = _iso_digits(text, pos, 1)
            pos += 1
        if pos != len(text):
            raise ValueError
        return _date_from_iso_week(year, week, day)
    month = _iso_digits(text, pos, 2)
    pos += 2
    if (text[pos:pos + 1] == '-') != dashed:
        raise ValueError
    pos += dashed
    day = _iso_digits(text, pos, 2)
    if pos + 2 != len(text):
        raise ValueError
    return year, month, day


def _date_from_iso_week(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError
    first_weekday = _ymd_to_ordinal(year, 1, 1) % 7
    long_year = first_weekday == 4 or (first_weekday == 3 and _is_leap(year))
    if not (0 < week < 53 or (week == 53 and long_year)) or not 0 < day < 8:
        raise ValueError
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _parse_clock(text):
    # HH[:MM[:SS[.f...]]] or HH[MM[SS[.f...]]]: [hour, minute, second, microsecond].
    fields = [0, 0, 0, 0]
    pos = 0
    colons = False
    for k in range(3):
        fields[k] = _iso_digits(text, pos, 2)
        pos += 2
        following = text[pos:pos + 1]
        if k == 0:
            colons = following == ':'
        if not following or k == 2:
            break
        if colons and following != ':':
            raise ValueError
        pos += colons
    if pos < len(text):
        if text[pos] not in '.,':
            raise ValueError
        digits = text[pos + 1:]
        if not digits or not (digits.isdigit() and digits.isascii()):
            raise ValueError
        fields[3] = int(digits[:6].ljust(6, '0'))
    return fields


def _parse_iso_time(text):
    # A time with an optional Z or +HH[:MM[:SS[.f]]] offset: the time's fields, then the offset as
    # (sign, [hours, minutes, seconds, microseconds]) or 'Z' or None, the timezone being made by the caller.
    if len(text) < 2:
        raise ValueError
    for mark in '-+Z':
        at = text.find(mark)
        if at >= 0:
            break
    if at < 0:
        return _parse_clock(text), None
    fields = _parse_clock(text[:at])
    if at == len(text) - 1 and text[-1] == 'Z':
        return fields, 'Z'
    offset_text = text[at + 1:]
    if len(offset_text) in (0, 1, 3):
        raise ValueError
    return fields, (-1 if text[at] == '-' else 1, _parse_clock(offset_text))


def _iso_timezone(offset):
    if offset is None:
        return None
    if offset == 'Z' or not any(offset[1]):
        return timezone.utc
    sign, (hours, minutes, seconds, microseconds) = offset
    return timezone(sign * timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=microseconds))


def _invalid_iso(text):
    return ValueError('Invalid isoformat string: %r' % text)


def _date_fromisoformat(cls, text):
    if not isinstance(text, str):
        raise TypeError('fromisoformat: argument must be str')
    if len(text) not in (7, 8, 10):
        raise _invalid_iso(text)
    try:
        fields = _parse_iso_date(text)
    except ValueError:
        raise _invalid_iso(text) from None
    return cls(*fields)


def _time_fromisoformat(cls, text):
    if not isinstance(text, str):
        raise TypeError('fromisoformat: argument must be str')
    try:
        fields, offset = _parse_iso_time(text[1:] if text[:1] == 'T' else text)
    except ValueError:
        raise _invalid_iso(text) from None
    return cls(*fields, _iso_timezone(offset))


def _datetime_fromisoformat(cls, text):
    if not isinstance(text, str):
        raise TypeError('fromisoformat: argument must be str')
    try:
        end = _iso_date_end(text)
        fields = _parse_iso_date(text[:end])
        time_text = text[end + 1:]
        if len(text) > end and not time_text:
            raise ValueError
        clock, offset = _parse_iso_time(time_text) if time_text else ([0, 0, 0, 0], None)
    except ValueError:
        raise _invalid_iso(text) from None
    return cls(*fields, *clock, _iso_timezone(offset))
`;
