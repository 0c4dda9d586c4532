# datetime and fractions: subclasses keep their class through arithmetic and replace; copy/deepcopy of the values.
import copy
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction
class MyDate(date):
    def label(self): return "my " + str(self)
d = MyDate(2020, 5, 17)
print(repr(d), d.label(), type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__, d - date(2020, 1, 1), d.replace(day=1), type(d.replace(day=1)).__name__)
print(copy.copy(date(2020, 1, 1)), copy.deepcopy(datetime(2020, 1, 1, 5, tzinfo=timezone.utc)), copy.copy(timedelta(3)), copy.deepcopy(Fraction(1, 3)))
print(date(2020, 1, 1) == date(2020, 1, 1) != None, date(2020,1,1) == "x", timedelta(1) == 1, sorted([datetime(2020,1,1), datetime(2019,5,5)]))
print(min(date(2020,1,1), date(2019,1,1)), {timedelta(1): 1}[timedelta(hours=24)], str(timedelta(days=-3, hours=5)))
class MyDT(datetime): pass
x = MyDT(2020, 1, 1, 12)
print(repr(x), type(x + timedelta(hours=1)).__name__, repr(MyDT.fromtimestamp(0, timezone.utc).__class__.__name__))
