# collections.UserDict, UserList and UserString as CPython defines them: over MutableMapping, MutableSequence
# and Sequence, so the mixin methods (reversed, pop, setdefault, |, ...) and the str methods all work.
from collections import UserDict, UserList, UserString
import collections.abc as abc


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


d = LowerDict(A=1)
d.update(B=2)
print(d, d["a"], d.get("z", 0), list(d), d.keys(), d.items(), "a" in d, len(d), d.pop("a"), d.setdefault("C", 3))
print(d, isinstance(d, abc.MutableMapping), d | {"d": 4}, d.copy(), type(d.copy()).__name__, dict(d))
print(Defaulting()["ab"], repr(UserDict()), UserDict.fromkeys("ab", 0), UserDict(a=1) == {"a": 1})
try:
    UserDict()["x"]
except KeyError as e:
    print(repr(e))

stack = UserList([3, 1, 2])
print(stack[0], stack[-1], stack[1:], type(stack[1:]).__name__, list(reversed(stack)), stack * 2, 2 * stack)
print([0] + stack, stack < [4], stack == [3, 1, 2], repr(stack), isinstance(stack, abc.MutableSequence))
stack[0] = 9
del stack[1]
stack += [7]
stack.extend(UserList([5]))
print(stack, stack.pop(), stack.index(7), stack.count(9), sorted(stack), stack.copy())
try:
    hash(UserList())
except TypeError as e:
    print(e)

word = UserString("Hello")
print(word.upper(), word[1:3], word + "!", "!" + word, word * 2, len(word), "ell" in word, word.split("l"))
print(repr(word), word == "Hello", word < "J", word.center(9, "*"), word.replace("l", "L"), hash(word) == hash("Hello"))
print(type(word.lower()).__name__, UserString(5), word.join("ab"), f"{word:>7}", sorted(word), word.encode())
