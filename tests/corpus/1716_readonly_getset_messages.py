# Setting or deleting a C type's read-only getset (deque.maxlen, array.typecode): CPython's 'not writable' message.
from collections import deque
import array
for target, name, value in ((deque([1], maxlen=3), "maxlen", 5), (deque(), "maxlen", None), (array.array("i"), "typecode", "d"), (array.array("i"), "itemsize", 8)):
    try:
        setattr(target, name, value)
    except AttributeError as e:
        print("AttributeError:", e)
d = deque([1])
try:
    d.other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del d.maxlen
except AttributeError as e:
    print("AttributeError:", e)
