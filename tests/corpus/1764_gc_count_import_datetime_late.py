# The count when datetime is imported decides when its import's collections run: a full generation 0 collects twice.
import gc
keep = [[] for _ in range(300)]
before = gc.get_count()
import datetime
print(before, gc.get_count())
print(len(keep), datetime.date.min)
