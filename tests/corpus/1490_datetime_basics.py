# datetime: date, timedelta and datetime construction, arithmetic, comparisons, str/repr, isoformat, weekday.
import datetime as dt
from datetime import date, datetime, timedelta, time, timezone
import sys

d = date(2024, 3, 15)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.ctime(), d.timetuple().tm_yday)
print(d.replace(day=1), d.replace(year=2023, month=12), date.fromordinal(738960), date.fromisoformat("2000-02-29"))
print(date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2026, 1, 1).isocalendar(), date.fromisocalendar(2020, 53, 7))
print(date.min, date.max, repr(date.resolution), dt.MINYEAR, dt.MAXYEAR)

print("--- timedelta")
td = timedelta(days=2, hours=5, minutes=30, seconds=15, milliseconds=250)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(), repr(timedelta()), timedelta(weeks=3), timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(microseconds=-1))
print(timedelta(hours=1.5), timedelta(days=0.1), timedelta(seconds=1.5e-6), timedelta(microseconds=2.5), timedelta(minutes=-0.5))
print(td + timedelta(hours=20), td - timedelta(days=3), -td, abs(-td), td * 2, 3 * td, td * 0.5, td / 2, td / 3.5)
print(td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(days=1)))
print(timedelta(hours=25) > timedelta(days=1), timedelta(0) == timedelta(), bool(timedelta()), bool(timedelta(microseconds=1)))
print(timedelta.min, timedelta.max, timedelta.resolution, sorted([timedelta(1), timedelta(-1), timedelta(0, 5)]))
print(sum([timedelta(minutes=45), timedelta(minutes=50), timedelta(hours=1)], timedelta()))

print("--- date arithmetic")
print(d + timedelta(days=30), d - timedelta(weeks=10), timedelta(days=1) + d, d - date(2024, 1, 1), date(2024, 12, 25) - d)
print(d - timedelta(hours=25), d + timedelta(hours=47), date(2024, 2, 28) + timedelta(1), date(2023, 2, 28) + timedelta(1))
print(d > date(2024, 1, 1), d == date(2024, 3, 15), d != date(2024, 3, 16), max(d, date(2025, 1, 1)), sorted([d, date(2020, 1, 1), date(2030, 6, 6)]))
print(hash(d) == hash(date(2024, 3, 15)), len({d, date(2024, 3, 15), date(2024, 3, 16)}), {d: "ides"}[date(2024, 3, 15)])
birthday = date(1990, 7, 4)
age = d.year - birthday.year - ((d.month, d.day) < (birthday.month, birthday.day))
print("age", age, (d - birthday).days, (d - birthday).days // 7)

print("--- datetime")
moment = datetime(2024, 3, 15, 14, 30, 5, 123456)
print(moment, repr(moment), moment.date(), moment.time(), moment.hour, moment.minute, moment.second, moment.microsecond)
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 9)), repr(datetime(2024, 1, 1, 9, 0, 7)), repr(datetime(2024, 1, 1, 0, 0, 0, 5)))
print(moment.isoformat(), moment.isoformat(" "), moment.isoformat(timespec="minutes"), moment.isoformat(timespec="milliseconds"))
print(datetime(2024, 1, 1).isoformat(), datetime(2024, 1, 1).isoformat(timespec="hours"), str(datetime(2024, 1, 1, 8, 5)))
print(moment + timedelta(hours=12), moment - timedelta(days=75), moment - datetime(2024, 1, 1), datetime(2024, 1, 1) - moment)
print(datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1), datetime.combine(d, time(8, 15)), datetime.fromisoformat("2024-03-15T10:20:30"))
print(datetime.fromisoformat("2024-03-15"), datetime.fromisoformat("2024-03-15 10:20"), datetime.fromisoformat("2024-03-15T10:20:30.500"))
print(moment.replace(hour=0, minute=0, second=0, microsecond=0), moment.weekday(), moment.timetuple(), moment.ctime())
print(moment > datetime(2024, 3, 15), moment == datetime(2024, 3, 15, 14, 30, 5, 123456), datetime.min, datetime.max)
print(hash(moment) == hash(datetime(2024, 3, 15, 14, 30, 5, 123456)), moment == d, d == moment, moment != d)

print("--- time and timezone")
t = time(9, 45, 30)
print(t, repr(t), repr(time()), repr(time(1, 2, 3, 4)), t.isoformat(timespec="minutes"), time.fromisoformat("23:59:01"), time.min, time.max)
print(t < time(10), t == time(9, 45, 30), t.replace(second=0), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
utc = timezone.utc
aware = datetime(2024, 3, 15, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.isoformat(), aware.utcoffset(), aware.tzname(), utc, repr(utc))
tokyo = timezone(timedelta(hours=9), "JST")
print(aware.astimezone(tokyo), aware.astimezone(tokyo) == aware, repr(tokyo), timezone(timedelta(hours=-5, minutes=-30)))
print(datetime(2024, 3, 15, 21, 0, tzinfo=tokyo) - aware, aware + timedelta(days=1), aware.timestamp())
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.25, tz=utc), datetime(1970, 1, 2, tzinfo=utc).timestamp())

print("--- strftime and format")
print(moment.strftime("%Y-%m-%d %H:%M:%S.%f"), moment.strftime("%A %d %B %Y, %I:%M %p"), moment.strftime("%a %b %j %U %w %y %%"))
print(d.strftime("%d/%m/%Y"), t.strftime("%H:%M"), f"{d:%B %d, %Y}", f"{moment:%H:%M}", "{:%Y}".format(d), format(d), f"{d}")
print(aware.strftime("%Y %z %Z"), moment.strftime("%z|%Z"), datetime(2024, 3, 15, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime("%z"))

print("--- strptime")
print(datetime.strptime("2024-03-15", "%Y-%m-%d"), datetime.strptime("15/03/24 07:05 PM", "%d/%m/%y %I:%M %p"))
print(datetime.strptime("March 5, 2024", "%B %d, %Y"), datetime.strptime("Fri 15 mar 2024  10:20:30.25", "%a %d %b %Y %H:%M:%S.%f"))
print(datetime.strptime("2024 075", "%Y %j"), datetime.strptime("1/2/2024", "%m/%d/%Y"), datetime.strptime("12:00 AM", "%I:%M %p"))

print("--- sizes")
print(sys.getsizeof(d), sys.getsizeof(moment), sys.getsizeof(td), sys.getsizeof(t), sys.getsizeof(aware))
print(type(d).__name__, type(moment).__module__, isinstance(moment, date), issubclass(datetime, date), type(d.isocalendar()).__name__)

print("--- seeded random datetimes, timedeltas, formats and offsets")
import random
rng = random.Random(3)
fmts = ["%Y-%m-%d", "%d/%m/%y %H:%M", "%A %B %d %Y %I:%M:%S %p", "%j %U %W %w %a %b", "%Y%m%dT%H%M%S.%f", "%c", "%x %X"]
for i in range(50):
    d = datetime(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.choice([0, rng.randint(0, 999999)]))
    td = timedelta(days=rng.uniform(-5000, 5000), seconds=rng.randint(-10**6, 10**6), microseconds=rng.uniform(-1e6, 1e6))
    f = rng.choice(fmts)
    try: s = d + td
    except OverflowError as e: s = str(e)
    text = d.strftime(f) if d.year >= 1000 else ""
    try: back = datetime.strptime(text, f) if text and "%c" not in f and "%x" not in f and "%U" not in f else None
    except ValueError as e: back = str(e)
    print(repr(d), td, repr(td), s, d.isocalendar(), d.date().toordinal(), text, back, td * rng.uniform(-3, 3), td / rng.choice([3, 7, 0.3]), d.isoformat(timespec=rng.choice(["auto", "seconds", "milliseconds"])))
    z = timezone(timedelta(minutes=rng.randint(-1439, 1439)))
    a = d.replace(tzinfo=z)
    print(a, a.astimezone(timezone.utc) if 2 <= d.year <= 9998 else "", str(z), a.utcoffset(), hash(a) == hash(a.astimezone(timezone.utc)) if 2 <= d.year <= 9998 else "")
