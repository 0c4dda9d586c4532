# datetime: an uncaught error from the C-implemented module shows only the program's frame in the traceback.
from datetime import date, timedelta

deadline = date(2024, 2, 28) + timedelta(days=1)
print(deadline, deadline.strftime("%A"))
print(date(2024, 2, 30))
