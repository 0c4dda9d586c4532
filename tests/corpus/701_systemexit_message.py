# sys.exit("message") prints the message on stderr and exits with status 1.
import sys
def check(ok):
    if not ok:
        sys.exit("configuration is invalid")
    print("ok")
check(True)
check(False)
print("not reached")
