# A code that is not an int is printed (str of it) on stderr, and the status is 1.
class Reason:
    def __str__(self):
        return "stopped: " + "disk full"
try:
    raise SystemExit(Reason())
finally:
    print("cleanup")
