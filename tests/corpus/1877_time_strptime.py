# time.strptime: the fields, weekday and day of the year as a struct_time, its default format and its errors.
import time, sys
t = time.strptime('2024-01-05', '%Y-%m-%d')
print(t)
print(t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff, type(t).__name__)
print(time.strptime('Fri Jan  5 10:20:30 2024'))
print(time.strptime('30 Nov 00', '%d %b %y'))
print(time.strftime('%Y-%m-%d', time.strptime('5/1/2024 13:45', '%d/%m/%Y %H:%M')))
print(time.strptime('100', '%j'))
print('datetime' in sys.modules)
for args in ((5,), ('x', 5), ('2024', '%Y %m'), ('2024-01-05x', '%Y-%m-%d'), ('31/02/2024', '%d/%m/%Y')):
    try:
        time.strptime(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
