# Where a failing truth test is reported: the statement or expression the condition belongs to (CPython's
# compiler_jump_if), chained comparisons at the whole chain. Each failure is caught, then all are chained.
class Bad:
    def __bool__(self):
        raise ValueError('no truth value')
    def __lt__(self, other):
        return self

b = Bad()
caught = []

def attempt(f):
    try:
        f()
    except Exception as e:
        caught.append(e)
    else:
        print(f.__name__, 'did not raise')

def if_not():
    if not b: pass
def if_and():
    if 1 and b and 2: pass
def if_or_multiline():
    if (0 or
            b): pass
def elif_test():
    if 0: pass
    elif b: pass
def while_test():
    while b: pass
def while_multiline():
    while (1 and
           b):
        pass
def ifexp():
    return 1 if b else 2
def ifexp_multiline():
    return (1
            if b else 2)
def boolop_value():
    return 3 and b and 4 or 5
def comprehension():
    return [v for v in range(3) if v > 1 if b]
def comprehension_two_loops():
    return {v: w for v in range(3) if v < 1 for w in 'ab' if b}
def genexp():
    return list(v for v in range(3) if not b)
def assert_test():
    assert b, 'message'
def assert_compare():
    n = 0
    assert n > 1 and b, 'message'
def assert_false():
    items = []
    assert items, f'{len(items)} items'
def assert_compare_false():
    items = []
    assert len(items) > 0 and items, 'empty'
def chained():
    return 0 < 1 < b < 3
def chained_truth():
    return b < 3 < 4
def chained_truth_in_while():
    while b < 3 < 4: pass
def chained_in_if():
    if 0 < b < 2: pass
def ifexp_in_if():
    if (b if 1 else 0): pass
def match_guard():
    match [1, 2]:
        case [x, y] if b: pass
def match_class_guard():
    match 3:
        case int(real=r) | float(real=r) if b: pass
def match_mapping_guard():
    match {'k': 1}:
        case {'k': 1 as one, **rest} if b: pass
def match_default_guard():
    match 5:
        case 1: pass
        case _ if b: pass

for f in [if_not, if_and, if_or_multiline, elif_test, while_test, while_multiline, ifexp, ifexp_multiline,
          boolop_value, comprehension, comprehension_two_loops, genexp, assert_test, assert_compare, assert_false, assert_compare_false, chained, chained_truth, chained_truth_in_while, chained_in_if, ifexp_in_if, match_guard,
          match_class_guard, match_mapping_guard,          match_default_guard]:
    attempt(f)
for earlier, later in zip(caught, caught[1:]):
    later.__context__ = earlier
print(len(caught), 'failures')
raise caught[-1]
