# return in a finally nested in an except* handler is refused too (a constant value is where CPython points).
def f():
    try:
        pass
    except* OSError:
        try:
            pass
        finally:
            return 1
