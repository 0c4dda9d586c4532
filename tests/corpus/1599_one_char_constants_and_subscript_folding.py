# A one-character str constant is the latin-1 singleton that indexing and chr() give, unless CPython interned that
# character as another str before (a name of this file, or at start-up: 'a' and 'q' were, 'g' and 'z' were not).
# A constant indexed by a constant folds at compile time, as CPython's AST optimizer folds it.
letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
word = "hello_world"
print([c for c in "azgu_ST" if c == chr(ord(c))])
print(letters[0] == "a", [letters[i] is chr(ord(letters[i])) for i in (0, 6, 25, 62)])
x = "z"
print(x is chr(122), chr(97) is letters[0], word[5] is letters[62])


def f():
    return "q"


print(f() is chr(113), chr(45) is "-"[0], " " is chr(32))
print("hello"[4] == "o", "hello"[-1], (1, 2, 3)[1], b"AB"[0], "abc"[True], ("x", ("y", "z"))[1][0])


def g():
    return "hello"[1], (10, 20)[-1], "abc"[5:6], b"xyz"[-1]


print(g(), [c for c in g.__code__.co_consts if c is not None])


def h():
    return "abc"[3]


try:
    h()
except IndexError as e:
    print(e, h.__code__.co_consts)
