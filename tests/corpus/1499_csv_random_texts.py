# csv: seeded random texts of quotes, delimiters, escapes, spaces and line ends, read and written under several
# dialects: every row, error message and written line must be python3's.
import csv
import io
import random

rng = random.Random(1489)
alphabet = ['a', 'b', ',', ';', '"', "'", '\\', ' ', '\n', '\r', '\r\n', 'xyz', '1.5']
dialects = [
    {},
    {"delimiter": ";", "quotechar": "'"},
    {"escapechar": "\\"},
    {"skipinitialspace": True},
    {"strict": True},
    {"doublequote": False, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONE},
]
for round_number in range(60):
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
    params = dialects[round_number % len(dialects)]
    for newline in ("", None):
        try:
            rows = list(csv.reader(io.StringIO(text, newline=newline), **params))
        except csv.Error as error:
            rows = "Error: %s" % error
        print(round_number, repr(text), newline is None, rows)

csv.field_size_limit(6)
for text in ['abcdef,g', 'abcdefg,h', '"abcdef"', '"abcdefg"', 'ab"cdefg', 'a\\,bcdefg']:
    try:
        print(repr(text), list(csv.reader([text], escapechar="\\")))
    except csv.Error as error:
        print(repr(text), "Error:", error)
csv.field_size_limit(131072)

for round_number in range(30):
    row = [rng.choice(alphabet) + rng.choice(alphabet) for _ in range(rng.randint(1, 4))]
    params = dialects[round_number % len(dialects)]
    out = io.StringIO()
    try:
        csv.writer(out, **params).writerow(row)
        written = out.getvalue()
        back = list(csv.reader(io.StringIO(written, newline=""), **params))
    except csv.Error as error:
        written, back = "Error: %s" % error, None
    print(round_number, row, repr(written), back)
