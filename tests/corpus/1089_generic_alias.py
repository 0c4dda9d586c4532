x = list[int]
print(x, type(x), x.__origin__, x.__args__)
print(dict[str, list[int]], tuple[int, ...], type[int])
print(list[int]() , list[int]([1, 2]), dict[str, int](a=1))
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(isinstance([], list), repr(set[float]), frozenset[int], x.__parameters__)
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
import sys
import gc
aliases = [list[int], dict[str, int], tuple[int, ...], type[int], set[str], frozenset[bytes] if False else frozenset[int]]
print([repr(a) for a in aliases], gc.is_tracked(list[int]))
print(list[int] != list[int], list[int] == list, hash(tuple[int, str]) == hash(tuple[int, str]))
print(list[int].__origin__ is list, sys.getrefcount(list[int].__args__))
print(enumerate[int], tuple[()], list[list[list[int]]])
d = {list[int]: 1}
print(d[list[int]] if list[int] in d else 'not found')
class C:
    pass
print(list[C], dict[str, C])
try:
    issubclass(list, list[int])
except TypeError as e:
    print('TypeError', e)
