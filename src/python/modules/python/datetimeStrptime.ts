// The datetime module, sixth part: datetime.strptime for the numeric and English-name directives, matching as
// CPython's _strptime regex does (each field's alternatives in order, backtracking), with its error messages.

export const DATETIME_STRPTIME_PY = String.raw`


_FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_FULL_MONTHS = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
                'october', 'november', 'december']


def _numbers(low, high, widths, space=False):
    # The texts a numeric directive may match, in the order CPython's regex alternatives try them.
    def candidates(text, pos):
        found = []
        for width in widths:
            part = text[pos:pos + width]
            if len(part) == width and part.isdigit() and part.isascii() and low <= int(part) <= high:
                found.append(part)
        if space and text[pos:pos + 1] == ' ' and text[pos + 1:pos + 2] in '123456789' and text[pos + 1:pos + 2]:
            found.append(text[pos:pos + 2])
        return found
    return candidates


def _names(names):
    def candidates(text, pos):
        lowered = text[pos:].lower()
        return [text[pos:pos + len(name)] for name in sorted(names, key=len, reverse=True) if name and lowered.startswith(name)]
    return candidates


def _utc_offsets(text, pos):
    # CPython's [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z): the texts it can match, longest first.
    if text[pos:pos + 1] == 'Z':
        return ['Z']
    hours = text[pos + 1:pos + 3]
    if text[pos:pos + 1] not in ('+', '-') or not (len(hours) == 2 and hours.isdigit() and hours.isascii()):
        return []
    i = pos + 4 if text[pos + 3:pos + 4] == ':' else pos + 3
    if not _sexagesimal(text[i:i + 2]):
        return []
    minutes_end = i + 2
    found = []
    j = minutes_end + 1 if text[minutes_end:minutes_end + 1] == ':' else minutes_end
    if _sexagesimal(text[j:j + 2]):
        seconds_end = j + 2
        if text[seconds_end:seconds_end + 1] == '.':
            digits = 0
            while digits < 6 and text[seconds_end + 1 + digits:seconds_end + 2 + digits] in tuple('0123456789'):
                digits += 1
            found += [text[pos:seconds_end + 1 + n] for n in range(digits, 0, -1)]
        found.append(text[pos:seconds_end])
    found.append(text[pos:minutes_end])
    return found


def _sexagesimal(part):
    return len(part) == 2 and part[0] in '012345' and part[1] in '0123456789'


_DIRECTIVES = {
    'd': _numbers(1, 31, (2, 1), True),
    'f': _numbers(0, 999999, (6, 5, 4, 3, 2, 1)),
    'H': _numbers(0, 23, (2, 1)),
    'I': _numbers(1, 12, (2, 1)),
    'j': _numbers(1, 366, (3, 2, 1)),
    'm': _numbers(1, 12, (2, 1)),
    'M': _numbers(0, 59, (2, 1)),
    'S': _numbers(0, 61, (2, 1)),
    'y': _numbers(0, 99, (2,)),
    'Y': _numbers(0, 9999, (4,)),
    'a': _names([d[:3] for d in _FULL_DAYS]),
    'A': _names(_FULL_DAYS),
    'b': _names([m[:3] for m in _FULL_MONTHS]),
    'B': _names(_FULL_MONTHS),
    'p': _names(['am', 'pm']),
    'w': _numbers(0, 6, (1,)),
    'U': _numbers(0, 53, (2, 1)),
    'W': _numbers(0, 53, (2, 1)),
    'z': _utc_offsets,
    'Z': _names(['utc', 'gmt']),
}


def _format_parts(format):
    parts = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%':
            if i + 1 >= len(format):
                raise ValueError("stray %% in format '%s'" % format)
            code = format[i + 1]
            if code == '%':
                parts.append(('literal', '%'))
            elif code in _DIRECTIVES:
                parts.append(('field', code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, format))
            i += 2
        elif c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            parts.append(('space', None))
        else:
            parts.append(('literal', c))
            i += 1
    return parts


def _match(parts, k, text, pos, found):
    # The first way the parts match text from pos, trying each field's candidates in order: (end, fields).
    if k == len(parts):
        return pos, found
    kind, value = parts[k]
    if kind == 'literal':
        if text[pos:pos + 1].lower() == value.lower() and pos < len(text):
            return _match(parts, k + 1, text, pos + 1, found)
        return None
    if kind == 'space':
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        for stop in range(end, pos, -1):
            result = _match(parts, k + 1, text, stop, found)
            if result is not None:
                return result
        return None
    for candidate in _DIRECTIVES[value](text, pos):
        result = _match(parts, k + 1, text, pos + len(candidate), dict(found, **{value: candidate}))
        if result is not None:
            return result
    return None


def _strptime(data_string, format):
    # datetime.strptime's fields; the datetime constructor rejects a leap second and 1900-02-29.
    year, month, day, hour, minute, second, weekday, julian, microsecond, found = _strptime_fields(data_string, format)
    fields = (year, month, day, hour, minute, second, microsecond)
    if 'z' not in found:
        return fields
    offset = _utc_offset(found['z'])
    return fields + (timezone(offset, found['Z']) if 'Z' in found else timezone(offset),)


def _strptime_time(data_string, format):
    # time.strptime's nine struct_time fields, which keep seconds 60 and 61; %Z's utc and gmt are not daylight time.
    fields = _strptime_fields(data_string, format)
    return fields[:8] + (0 if 'Z' in fields[9] else -1,)


def _strptime_fields(data_string, format):
    # CPython's _strptime: year, month, day, hour, minute, second, weekday, day of the year, microsecond, matches.
    for name, value in (('strptime() argument 1', data_string), ('strptime() argument 2', format)):
        if not isinstance(value, str):
            raise TypeError("%s must be str, not %s" % (name, type(value).__name__))
    result = _match(_format_parts(format), 0, data_string, 0, {})
    if result is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    end, found = result
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    year = None
    month = day = 1
    hour = minute = second = microsecond = 0
    weekday = week = None
    # As CPython's _strptime, the directives in the format's order: a later one of the same field wins.
    for key, text in found.items():
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'b':
            month = [m[:3] for m in _FULL_MONTHS].index(text.lower())
        elif key == 'B':
            month = _FULL_MONTHS.index(text.lower())
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am') and hour == 12:
                hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            microsecond = int(text + '0' * (6 - len(text)))
        elif key in ('A', 'a', 'w'):
            weekday = _weekday(key, text)
        elif key in ('U', 'W'):
            week = key
    # Without a year, February 29 is worked out in 1904, the first leap year of the century, and reported as 1900.
    leap_year_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_year_fix else 1900
    julian = int(found['j']) if 'j' in found else None
    if julian is None and weekday is not None and week is not None:
        julian = _julian_from_week(year, int(found[week]), weekday, week == 'W')
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        year, month, day = _check_date_fields(year, month, day)
        julian = _ymd_to_ordinal(year, month, day) - _ymd_to_ordinal(year, 1, 1) + 1
    else:
        # A day of the year (given, or from the week and weekday) decides the month and day.
        year, month, day = _ordinal_to_ymd(_ymd_to_ordinal(year, 1, 1) + julian - 1)
    if weekday is None:
        weekday = (_ymd_to_ordinal(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return year, month, day, hour, minute, second, weekday, julian, microsecond, found


def _weekday(key, text):
    # Monday is 0, as CPython's _strptime counts.
    if key == 'A':
        return _FULL_DAYS.index(text.lower())
    if key == 'a':
        return [d[:3] for d in _FULL_DAYS].index(text.lower())
    return (int(text) - 1) % 7


def _julian_from_week(year, week_of_year, day_of_week, week_starts_monday):
    # _calc_julian_from_U_or_W: %U weeks start on Sunday, %W weeks on Monday; week 0 is the days before the first.
    first_weekday = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + (7 - first_weekday) % 7 + 7 * (week_of_year - 1) + day_of_week


def _utc_offset(text):
    if text == 'Z':
        return timedelta(0)
    z = text
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f"Inconsistent use of : in {text}")
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    fraction = z[8:]
    microseconds = int(fraction + '0' * (6 - len(fraction)))
    if z.startswith('-'):
        seconds, microseconds = -seconds, -microseconds
    return timedelta(seconds=seconds, microseconds=microseconds)


# CPython's datetime is C: none of this module's code shows as a frame in a traceback.
for _value in list(globals().values()):
    if type(_value).__name__ in ('function', 'type') and getattr(_value, '__module__', None) == 'datetime':
        _c_implemented(_value)
del _value
`;
