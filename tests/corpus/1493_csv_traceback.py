# csv: an uncaught csv.Error from the reader (C in CPython) shows only the program's frame.
import csv

rows = csv.reader(['name,quote', 'Ada,"said "hi" twice"'], strict=True)
print(next(rows))
print(next(rows))
