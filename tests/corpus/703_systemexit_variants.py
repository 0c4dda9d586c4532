# Exit statuses are C ints cut to 8 bits: -1 exits 255; a tuple code is printed and exits 1.
import sys
for code in [-1, 256, 257, True]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code))
raise SystemExit(-1)
