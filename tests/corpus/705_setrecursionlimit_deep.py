# sys.setrecursionlimit raises the limit for deep pure-Python recursion; unwinding 100000 frames is quick.
import sys
sys.setrecursionlimit(150000)
print(sys.getrecursionlimit())

def down(n):
    if n == 0:
        raise ValueError("bottom reached")
    return down(n - 1)

try:
    down(100000)
except ValueError as e:
    print("caught:", e)

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(120000))

def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(5000)
print(probe(1))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
def too_low(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print(e)
        return
    too_low(n - 1)
too_low(20)
print(sys.getrecursionlimit())
