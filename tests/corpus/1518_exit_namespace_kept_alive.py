# A module namespace something else keeps alive survives the last collection at exit; clearing it comes after the
# text streams' codecs are gone, so that __del__'s output is lost (python3 prints nothing for it).
import sys


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


sys.keep = globals()
b = A(2)
c = A(3)
c.me = c
print("end")
