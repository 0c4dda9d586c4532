# Objects left in gc.garbage at exit: under DEBUG_UNCOLLECTABLE (without SAVEALL) their repr is printed on stderr.
import gc


class A:
    def __repr__(self):
        return "A()"


gc.set_debug(gc.DEBUG_SAVEALL)
a = A()
a.me = a
del a
print(gc.collect(), gc.garbage)
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print("end")
