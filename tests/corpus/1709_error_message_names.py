# Error messages as CPython 3.11 words them: Argument Clinic names None as None; builtins refusing keywords.
import heapq
from collections import deque
for call in (lambda: [].append(object=1), lambda: getattr(1, "x", d=1), lambda: "abc".upper(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    heapq.heappush(None, 1)
except TypeError as e:
    print("TypeError:", e)
