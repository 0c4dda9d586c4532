# time.strptime keeps a leap second (60, 61) in tm_sec, as CPython's _strptime does; datetime.strptime rejects it.
import datetime
import gc
import time

for s in ['59', '60', '61']:
    t = time.strptime(s, '%S')
    print(t.tm_sec, tuple(t))
print(time.strptime('2020-01-01 23:59:61', '%Y-%m-%d %H:%M:%S'))
print(gc.is_tracked(time.strptime('1', '%S')))

cases = [('62', '%S'), ('1 61 Mon 3', '%j %S %a %W'), ('2024 366 61', '%Y %j %S'), ('Feb 29 61', '%b %d %S'),
         ('Feb 30', '%b %d'), ('12', '%I'), ('12 am', '%I %p'), ('12 pm', '%I %p'), ('UTC', '%Z'),
         ('2024 3 Fri 5', '%Y %m %a %d'), ('2024 3 5 40', '%Y %m %d %j'), ('2023 Feb 29', '%Y %b %d'),
         ('2024 0 Mon', '%Y %W %a'), ('2024 0 Sun', '%Y %U %a'), ('60', '%S')]
for case in cases:
    for parse in (time.strptime, datetime.datetime.strptime):
        try:
            print(parse(*case))
        except ValueError as e:
            print('ValueError:', e)
