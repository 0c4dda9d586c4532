# timedelta's range errors: days beyond a C int are 'Python int too large to convert to C int' (microseconds_to_delta_ex), else the magnitude message.
from datetime import timedelta, datetime
for kw in ({"days": 10**10}, {"days": 10**9}, {"days": -(10**10)}, {"days": 2**31}, {"days": 2**31 - 1}, {"seconds": 10**15}, {"weeks": 10**9}, {"hours": 10**12}):
    try:
        print(timedelta(**kw))
    except OverflowError as e:
        print("OverflowError:", e)
for f in (lambda: timedelta(days=999999999) + timedelta(days=1), lambda: timedelta(days=999999999) * 3, lambda: timedelta(days=10**9 - 1) * 10**10, lambda: -timedelta.max - timedelta.resolution):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
