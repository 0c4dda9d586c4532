# csv: files on disk through open(newline=""), and csv.Error / TypeError messages for bad input and dialects.
import csv
import io
import os

folder = "csv_1488_tmp"
os.mkdir(folder)
path = os.path.join(folder, "grades.csv")
with open(path, "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["student", "grade"])
    writer.writerows([["Ada", 91], ["Alan", 78], ["Grace", 88.5]])
with open(path, "rb") as f:
    print(f.read())
with open(path, newline="") as f:
    for row in csv.reader(f):
        print(row)
with open(path, newline="") as f:
    grades = [float(row["grade"]) for row in csv.DictReader(f)]
print(grades, sum(grades) / len(grades))
with open(path, "a", newline="") as f:
    csv.DictWriter(f, ["student", "grade"]).writerow({"student": "Linus", "grade": 70})
with open(path, newline="") as f:
    print(len(list(csv.reader(f))))
os.remove(path)
os.rmdir(folder)
print(os.path.exists(folder))


def attempt(label, action):
    try:
        result = action()
    except Exception as error:
        print(label, "->", type(error).__module__, type(error).__name__ + ":", error)
    else:
        print(label, "->", repr(result))


print("--- reading errors")
attempt("strict quote", lambda: list(csv.reader(['"a"b,c'], strict=True)))
attempt("lenient quote", lambda: list(csv.reader(['"a"b,c'])))
attempt("strict eof", lambda: list(csv.reader(['"open'], strict=True)))
attempt("bytes lines", lambda: list(csv.reader([b"a,b"])))
attempt("newline in field", lambda: list(csv.reader(["a\rb,c"])))
attempt("nonnumeric", lambda: list(csv.reader(["1,abc"], quoting=csv.QUOTE_NONNUMERIC)))
attempt("not iterable", lambda: csv.reader(5))
attempt("no arguments", lambda: csv.reader())
attempt("unknown dialect", lambda: csv.reader([], "nope"))
attempt("unknown keyword", lambda: csv.reader([], bogus=1))
old = csv.field_size_limit(5)
attempt("field limit", lambda: list(csv.reader(["123456,7"])))
csv.field_size_limit(old)
attempt("limit type", lambda: csv.field_size_limit("a"))

print("--- writing errors")
out = io.StringIO()
attempt("no write", lambda: csv.writer(5))
attempt("row not iterable", lambda: csv.writer(out).writerow(5))
attempt("needs escape", lambda: csv.writer(out, quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt("empty single", lambda: csv.writer(out, quoting=csv.QUOTE_NONE).writerow([""]))
attempt("no doublequote", lambda: csv.writer(out, doublequote=False).writerow(['a"b']))
attempt("escaped", lambda: csv.writer(out, doublequote=False, escapechar="\\").writerow(['a"b', "c\\d"]))
print(repr(out.getvalue()))

print("--- dialect errors")
for params in ({"delimiter": ""}, {"delimiter": "ab"}, {"delimiter": 1}, {"delimiter": None}, {"quotechar": "ab"},
               {"quotechar": 1}, {"quoting": 7}, {"quoting": "a"}, {"lineterminator": 1}, {"lineterminator": None},
               {"escapechar": "ab"}, {"escapechar": 1}, {"quotechar": None, "quoting": csv.QUOTE_MINIMAL},
               {"quotechar": None}, {"doublequote": 0, "skipinitialspace": [1], "strict": ""}):
    attempt(params, lambda: csv.reader([], **params).dialect.quoting)
attempt("get missing", lambda: csv.get_dialect("missing"))
attempt("unregister missing", lambda: csv.unregister_dialect("missing"))
attempt("register number", lambda: csv.register_dialect(5))
attempt("Dialect()", lambda: csv.Dialect())


class Incomplete(csv.Dialect):
    delimiter = ","


attempt("incomplete dialect", lambda: Incomplete())
attempt("dict writer extras", lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2}))
