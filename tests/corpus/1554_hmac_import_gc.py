# The gc objects importing hmac leaves (it is not loaded at startup in CPython; it imports hashlib).
import gc
first = gc.get_count()
second = gc.get_count()
import hmac
print(first, second, gc.get_count())
