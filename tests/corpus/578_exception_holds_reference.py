import sys
data = []
def fail(obj):
    raise ValueError("bad")
try:
    fail(data)
except ValueError as e:
    print("caught", e)
print(sys.getrefcount(data))
try:
    e
except NameError as err:
    print(err)
