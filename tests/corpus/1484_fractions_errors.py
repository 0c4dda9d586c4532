# fractions.Fraction: invalid literals, wrong argument types and division by zero, with CPython's messages.
from fractions import Fraction


def attempt(label, make):
    try:
        result = make()
    except Exception as error:
        print(label, "->", type(error).__name__ + ":", error)
    else:
        print(label, "->", repr(result))


for text in ["3/4", " -1_000/3_0 ", ".5", "5.", "+7", "1E3", "1.5e-2", "0/5", "007", "1/0", "abc", "1 /2", "1/ 2",
             "1._5", "_1", "1_", "1__0", "", "   ", "inf", "nan", "1/-2", "1.5/2", "0x10", "1e", "e5", ".", "-", "3/4/5",
             "1.2.3", "1e+", "\u0661\u0662/3"]:
    attempt(repr(text), lambda: Fraction(text))

attempt("float pair", lambda: Fraction(1.5, 2))
attempt("str pair", lambda: Fraction("1", 2))
attempt("int and float", lambda: Fraction(1, 2.0))
attempt("None", lambda: Fraction(None))
attempt("list", lambda: Fraction([1, 2]))
attempt("complex", lambda: Fraction(1j))
attempt("inf", lambda: Fraction(float("inf")))
attempt("nan", lambda: Fraction(float("nan")))
attempt("zero denominator", lambda: Fraction(6, 0))
attempt("negative zero denominator", lambda: Fraction(-6, 0))
attempt("from_float str", lambda: Fraction.from_float("0.5"))

half = Fraction(1, 2)
attempt("half / 0", lambda: half / 0)
attempt("-half / 0", lambda: -half / Fraction(0))
attempt("0 / 0", lambda: Fraction(0) / 0)
attempt("5 / Fraction(0)", lambda: 5 / Fraction(0))
attempt("half // 0", lambda: half // 0)
attempt("half % 0", lambda: half % 0)
attempt("divmod(half, 0)", lambda: divmod(half, 0))
attempt("half / 0.0", lambda: half / 0.0)
attempt("Fraction(0) ** -1", lambda: Fraction(0) ** -1)
attempt("half + 'a'", lambda: half + "a")
attempt("'a' * half", lambda: "a" * half)
attempt("half ** 'a'", lambda: half ** "a")
attempt("half < 'a'", lambda: half < "a")
attempt("half > None", lambda: half > None)
attempt("half == '1/2'", lambda: half == "1/2")
attempt("limit 0", lambda: half.limit_denominator(0))
attempt("format .2f", lambda: format(half, ".2f"))
attempt("range(Fraction(3))", lambda: range(Fraction(3)))
attempt("[1, 2][Fraction(1)]", lambda: [1, 2][Fraction(1)])
attempt("set attribute", lambda: setattr(half, "numerator", 5))
attempt("new attribute", lambda: setattr(half, "label", "x"))
