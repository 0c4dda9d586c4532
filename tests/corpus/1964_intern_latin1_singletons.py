# sys.intern of a one-character latin-1 str that no code object names ('é', 'ÿ') is the character's singleton itself,
# the very object every 'é' is; an ASCII letter's interned str is the one start-up interned, another object.
import sys

s = "\u00e9"
print(sys.getrefcount(s))
t = sys.intern(s)
print(sys.getrefcount(s), t is s, sys.intern(chr(233)) is chr(233))
u = sys.intern(chr(255))
print(sys.getrefcount(u), u is chr(255), sys.intern("\u0100") is "\u0100")
print(sys.intern(chr(97)) is chr(97), sys.intern("a") == chr(97))
