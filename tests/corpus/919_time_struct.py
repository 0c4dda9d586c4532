# time.struct_time (a struct sequence over a tuple: fields, hidden tm_zone/tm_gmtoff, members, gc referents) and
# gmtime/localtime/mktime/asctime/ctime/strftime: glibc's conversions and flags, ISO weeks, checktm's ranges, errors.
# Only relations are printed for local time, so the output does not depend on the machine's time zone.
import time, sys, gc
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t = time.gmtime(0)
print(t, type(t), type(t).__mro__, sys.getsizeof(t), gc.is_tracked(t), len(t), t[0], t.tm_zone, t.tm_gmtoff, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
print(time.mktime(time.localtime(12345)), time.ctime(12345) == time.asctime(time.localtime(12345)), time.localtime(0).tm_gmtoff in (-time.timezone, -time.altzone))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %Z %z %%', t))
print(time.asctime(t))
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), type(time.tzname), len(time.tzname))
print(t == (1970,1,1,0,0,0,3,1,0), t[:3], hash(t) == hash(tuple(t)), isinstance(t, tuple))
print(repr(time.struct_time))
s = time.struct_time((1,2,3,4,5,6,7,8,9))
print(s, gc.is_tracked(s), s.tm_zone, s.tm_gmtoff)
s = time.struct_time((1,2,3,4,5,6,7,8,9,'X',3600))
print(s, gc.is_tracked(s), s.tm_zone, s.tm_gmtoff, len(s), s[-1])
for bad in [(1,2,3), list(range(12)), 5, 'abcdefghi']:
    attempt(lambda: time.struct_time(bad))
attempt(lambda: time.struct_time())
attempt(lambda: setattr(t, 'tm_year', 5))
print(t.count(0), t.index(1970), t + (1,), type(t[1:3]), type(t[:]))
print(time.strftime('%c|%x|%X|%U|%W|%u|%V|%G|%e|%D|%T|%F|%R|%C|%h|%Q|%k|%l|%n|%t|%P', time.gmtime(1e9)))
for v in [float("nan"), 1e300, "x", -1e10, 1.9, -1.9, 2**53, -67768040609740800, True]:
    attempt(lambda: time.gmtime(v)[:])
for a in [(), (1,), (1,2,3,4,5,6,7,8,9), time.gmtime(0)[:], 'x']:
    attempt(lambda: time.asctime(a))
for a in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 61, 0, 0, 1, 0), (2024,1,1,0,0,62,0,1,0), (2024,1,1,0,0,0,7,1,0), (2024,1,1,0,0,0,-1,1,0), (2024,1,1,0,0,0,-2,1,0), (2024,1,1,0,0,0,0,367,0), (2024,1,1,0,0,0,0,1,-5), (2024,1,32,0,0,0,0,1,0), (2024,1,-1,0,0,0,0,1,0)]:
    attempt(lambda: time.strftime('%Y %m %d %H %M %S %a %j', a))
print(time.mktime((2024, 2, 30, 0, 0, 0, 0, 0, -1)) - time.mktime((2024, 3, 1, 0, 0, 0, 0, 0, -1)), time.mktime((2024,1,1,0,0,0,0,0,0)) - time.mktime((2023,1,1,0,0,0,0,0,0)))
attempt(lambda: time.mktime((1,2)))
attempt(lambda: time.strftime(5))
print(time.strftime('%Y', (1900,1,1,0,0,0,0,1,0)), time.strftime('%Y', (5,1,1,0,0,0,0,1,0)), time.strftime('%Y', (-5,1,1,0,0,0,0,1,0)))
print(repr(time.strftime('%z', (2024,1,1,0,0,0,0,1,0))), repr(time.strftime('%Z|%z', time.struct_time((2024,1,1,0,0,0,0,1,0,'ABC',3600)))), repr(time.strftime('%Z|%z|%-d|%_d|%^a|%#b|%3d|%Ey|%Od|%#p|%-j|%_H|%010Y|%^B|%5a', time.gmtime(0))))
print(repr(time.strftime('')), repr(time.strftime('%')), repr(time.strftime('abc%')), repr(time.strftime('%y', (-5,1,1,0,0,0,0,1,0))), repr(time.strftime('%Y|%C|%y|%G', (12345,1,1,0,0,0,0,1,0))))
print(time.localtime(0).tm_zone in time.tzname, time.gmtime(0).tm_zone)
for f, a in [('gmtime', (1,2)), ('localtime', (1,2)), ('ctime', (1,2)), ('asctime', (1,2)), ('mktime', ()), ('mktime', (1,2)), ('strftime', ()), ('strftime', ('a',1,2)), ('strftime', ('%Y', 5)), ('mktime', (5,)), ('asctime', ([1]*9,)), ('strftime', ('%Y', (1.5,1,1,0,0,0,0,1,0))), ('strftime', ('%Y', (2**40,1,1,0,0,0,0,1,0))), ('gmtime', ('x',)), ('ctime', (float('nan'),))]:
    attempt(lambda: getattr(time, f)(*a))
attempt(lambda: time.gmtime(seconds=1))
attempt(lambda: time.asctime(t=1))
# ISO weeks around year ends, and week numbers through a year.
for y in (2019, 2020, 2021, 2024, 2026):
    for d in (-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7):
        secs = (y - 1970) * 365 * 86400 + ((y - 1969) // 4) * 86400 + d * 86400
        print(time.strftime('%Y-%m-%d %a %G %g %V %U %W %u %w %j', time.gmtime(secs)))
print([time.strftime('%U%W%V', time.gmtime(1700000000 + k * 86400 * 9)) for k in range(45)])
now = time.localtime()
print(type(now).__name__, now.tm_year >= 2024, time.strftime('%Y') == str(now.tm_year), len(time.ctime()) == 24, len(time.asctime()) == 24)
print(time.struct_time.tm_year, time.struct_time.tm_zone)
attempt(lambda: t.tm_foo)
print(sorted(n for n in dir(t) if not n.startswith('_')))
time.gmtime(0); time.localtime(0); time.strftime('%Y'); time.asctime(); time.ctime(0); time.mktime(time.gmtime(0))
gc.collect()
for f in [lambda: time.gmtime(0), lambda: time.localtime(5), lambda: time.strftime('%Y-%m', time.gmtime(0)), lambda: time.asctime(time.gmtime(0)), lambda: time.ctime(0), lambda: time.mktime(time.gmtime(0)), lambda: time.struct_time((1,2,3,4,5,6,7,8,9)), lambda: time.strftime('%Y')]:
    c = gc.get_count()
    r = f()
    d = gc.get_count()
    print(d[0] - c[0], sys.getrefcount(r), sys.getsizeof(r), gc.is_tracked(r))
t = time.gmtime(0)
print(sys.getrefcount(t.tm_zone), sys.getrefcount(t[0]))
x = [time.gmtime(i) for i in range(3)]
print(len(gc.get_referents(x[0])), gc.get_referents(x[0])[-2:])
