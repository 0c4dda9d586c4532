# An uncaught exception in a with body: __exit__ runs, then the traceback points at the failing line.
class Log:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)

def work(items):
    with Log() as log:
        total = 0
        for x in items:
            total += 10 // x
        return total

print(work([1, 2]))
print(work([1, 0]))
