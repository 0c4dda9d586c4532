# An except clause's tuple is checked whole before matching (check_except_type_valid): a non-class item
# raises TypeError even when an earlier item matches; nested tuples are not allowed there, but
# PyErr_GivenExceptionMatches would search them.
cases = [
    (ValueError, 5),
    ((ValueError,),),
    (ValueError, (TypeError,)),
    (ValueError, "TypeError"),
    (),
    (ValueError, TypeError),
    ValueError,
    (Exception, None),
]
for t in cases:
    try:
        try:
            int("x")
        except t as e:
            print("caught", repr(t), e)
    except BaseException as e:
        print(repr(t), "->", type(e).__name__, e)

try:
    number = int("seven")
except (ValueError, TypeError, "OverflowError"):
    print("not a number")
