# csv: writer and reader over io.StringIO, quoting modes, dialects, DictReader and DictWriter.
import csv
import io

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["name", "age", "city"]))
print(w.writerow(["Ada", 36, "London"]))
print(w.writerow(["Grace, the admiral", 85, 'New "York"']))
print(w.writerow(["multi\nline", None, 3.25, True, ""]))
print(w.writerows([["a", 1], ["b", 2]]), w.writerow([]), w.writerow([""]))
print(repr(out.getvalue()))
out.seek(0)
r = csv.reader(out)
for row in r:
    print(r.line_num, row)

print("--- quoting")
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=quoting, escapechar="\\")
    writer.writerow(["text", 42, 2.5, None, "a,b", 'say "hi"'])
    print(quoting, repr(buffer.getvalue()))
buffer = io.StringIO()
csv.writer(buffer, delimiter=";", lineterminator="\n", quotechar="'").writerows([["x;y", "it's", "ok"], [1, 2, 3]])
print(repr(buffer.getvalue()))
print(list(csv.reader(io.StringIO(buffer.getvalue()), delimiter=";", quotechar="'")))
numbers = io.StringIO('"label",1,2.5,-3\n"other",4e2,,0\n')
print(list(csv.reader(numbers, quoting=csv.QUOTE_NONNUMERIC)))

print("--- reading")
text = 'id,product,price\n1,"Widget, large",9.99\n2,"Gadget ""Pro""",24.50\n\n3,Thing,0.5\n'
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(text.splitlines())))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
print(list(csv.reader(['"quoted field\n', 'continues",next'])), list(csv.reader(['a\\,b,c'], escapechar="\\")))
print(list(csv.reader(io.StringIO("x\r\ny\rz\n", newline=""))), list(csv.reader([",", '""', "", " "])))

print("--- DictReader")
people = io.StringIO("name,age,city\nAda,36,London\nAlan,41\nGrace,85,Arlington,VA,USA\n\nLinus,28,Helsinki\n")
reader = csv.DictReader(people, restval="?", restkey="extra")
print(reader.fieldnames, reader.line_num)
for row in reader:
    print(reader.line_num, row)
print(list(csv.DictReader(["1,2", "3,4"], fieldnames=["x", "y"])))
print(list(csv.DictReader(io.StringIO(""))), csv.DictReader(io.StringIO("")).fieldnames)
rows = list(csv.DictReader(io.StringIO(text)))
print(sum(float(row["price"]) for row in rows), [row["product"] for row in rows])

print("--- DictWriter")
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "score", "grade"], restval="n/a")
print(dw.writeheader(), dw.writerow({"name": "Ada", "score": 98, "grade": "A"}), dw.writerow({"name": "Alan"}))
print(dw.writerows([{"score": 70, "name": "Bob"}, {"grade": "C", "name": "Cy", "score": 65}]))
print(repr(out.getvalue()))
try:
    dw.writerow({"name": "Eve", "age": 30})
except ValueError as error:
    print("ValueError:", error)
ignoring = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print(ignoring.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="skip")
except ValueError as error:
    print("ValueError:", error)

print("--- dialects")
print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
excel = csv.get_dialect("excel")
print(excel.delimiter, repr(excel.quotechar), repr(excel.lineterminator), excel.quoting, excel.doublequote, excel.skipinitialspace, excel.strict, excel.escapechar)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1])
print(repr(out.getvalue()), sorted(csv.list_dialects()))
csv.unregister_dialect("pipes")


class Semicolons(csv.excel):
    delimiter = ";"


out = io.StringIO()
csv.writer(out, dialect=Semicolons).writerow(["x", "y;z"])
print(repr(out.getvalue()), list(csv.reader(["x;y"], Semicolons)), csv.unix_dialect.lineterminator == "\n")
print(type(csv.reader([])).__name__, type(csv.writer(out)).__name__, csv.Error.__module__, csv.field_size_limit())
