def risky():
    raise ValueError("bad value")
try:
    try:
        risky()
    except ValueError:
        print("logging")
        raise
except ValueError as e:
    print("outer got", e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
e = None
try:
    raise Exception("a", 1)
except Exception as err:
    e = err
print(e.args, str(e))
