# Run-time DeprecationWarnings raised by builtins (CPython's PyErr_WarnEx): int() delegating to __trunc__,
# shown once per line and counted as errors under an "error" filter.
import warnings

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __trunc__(self):
        return self.cents // 100

print(int(Money(1250)))
for cents in (99, 100, 101):
    print(int(Money(cents)))
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    int(Money(5))
    int(Money(6))
print(len(seen), seen[0].category.__name__, seen[0].message)
with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        int(Money(700))
    except DeprecationWarning as e:
        print('raised:', e)
print(int(Money(300)))
