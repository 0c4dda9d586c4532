# An uncaught ExceptionGroup: the boxed report with nested groups, tracebacks, notes and chains inside.
def fail(kind, message):
    raise kind(message)


def collect(*jobs):
    errors = []
    for kind, message in jobs:
        try:
            fail(kind, message)
        except Exception as e:
            errors.append(e)
    return errors


def nested():
    errors = collect((KeyError, 'missing'), (ZeroDivisionError, 'zero'))
    errors[0].add_note('note on a member')
    raise ExceptionGroup('inner group', errors)


def chained():
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('while looking up') from e


def main():
    errors = collect((ValueError, 'first'), (TypeError, 'second\nhas two lines'))
    try:
        nested()
    except ExceptionGroup as g:
        errors.append(g)
    try:
        chained()
    except RuntimeError as e:
        errors.append(e)
    errors.append(OSError('never raised'))
    errors.append(ExceptionGroup('never raised either', [ValueError(1), ExceptionGroup('deeper', [TypeError(2)])]))
    group = ExceptionGroup('several things failed', errors)
    group.add_note('a note on the group')
    raise group


try:
    main()
except ExceptionGroup as g:
    print(type(g).__name__, str(g), len(g.exceptions))
    print([type(e).__name__ for e in g.exceptions])
    print(g.exceptions[2].exceptions[0].__notes__)
try:
    main()
finally:
    print('finally ran')
