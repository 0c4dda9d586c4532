def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    else:
        print("ok")
        return result
    finally:
        print("finally")
print(divide(1, 2))
print(divide(1, 0))
try:
    [][1]
except LookupError as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except (IndexError, KeyError) as e:
    print(type(e).__name__, e)
try:
    int("x")
except ValueError as e:
    print(e)
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table):
        super().__init__(f"table {table} missing")
        self.table = table
try:
    raise DbError("users")
except AppError as e:
    print(type(e).__name__, e, e.table, e.args)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, "caused by", repr(e.__cause__))
try:
    raise KeyError("k")
except Exception as e:
    print(repr(e), str(e))
