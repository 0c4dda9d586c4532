# The calendar module: month/year text layouts, matrices, leap years, weekdays, names, first weekday, errors
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 3, 2), end='')
calendar.prmonth(1999, 12)
print(calendar.calendar(2024))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2025, 3))
print(calendar.TextCalendar(6).formatyear(2023, 3, 1, 4, 4))
calendar.TextCalendar(firstweekday=2).prmonth(2021, 2, w=9)
print(calendar.monthcalendar(2024, 2))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1900, 2), calendar.monthrange(2000, 2))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025), calendar.leapdays(2025, 1900))
print(calendar.weekday(2024, 1, 1), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-3, 3, 1))
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.day_name[-1], calendar.month_name[1:4])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(9))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
print(calendar.month(2024, 9))
calendar.setfirstweekday(0)
c = calendar.Calendar(7)
print(c.firstweekday, list(c.iterweekdays()))
print(list(c.itermonthdays(2024, 6)))
print(list(c.itermonthdays2(2024, 6))[:9])
print(list(c.itermonthdays3(2024, 12))[-5:], list(c.itermonthdays4(2024, 1))[:2])
print(c.monthdatescalendar(2024, 2)[0], c.yeardayscalendar(2024, 4)[0][1][:2])
print(calendar.timegm((2024, 3, 1, 12, 30, 15)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|')
calendar.format(['x', 'y'])
h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2))
print(h.formatyear(2024, 4)[:300])
print(h.formatyearpage(2024)[:200])
print(calendar.error is ValueError, issubclass(calendar.IllegalMonthError, ValueError))
for f in [lambda: calendar.month(2024, 13), lambda: calendar.monthrange(2024, 0), lambda: calendar.setfirstweekday(7),
          lambda: calendar.setfirstweekday(-1), lambda: calendar.weekday(2024, 2, 30), lambda: calendar.monthcalendar(2024, '1'),
          lambda: calendar.month_name[13]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(e.month, e.args)
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print(e.weekday, repr(e))
print(calendar.TextCalendar().formatmonth(1, 1))
print(calendar.TextCalendar().formatmonth(9999, 12))
