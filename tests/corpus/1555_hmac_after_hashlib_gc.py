# Importing hmac when hashlib, which it imports, is loaded already: only hmac's own objects are new.
import gc
import hashlib
first = gc.get_count()
second = gc.get_count()
import hmac
print(first, second, gc.get_count())
