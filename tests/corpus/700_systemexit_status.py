# raise SystemExit(n) ends the program with exit status n; finally blocks and __del__ still run.
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)

def work():
    r = Resource("inner")
    try:
        raise SystemExit(3)
    finally:
        print("finally runs before the exit")

keep = Resource("global")
try:
    work()
except Exception:
    print("SystemExit is not an Exception: never printed")
print("not reached")
