# Generic aliases show their origin's attributes (list[int].__name__, typing.List[int].__name__), and
# types.GenericAlias(origin, args) makes one, as a class's __class_getitem__ does.
from typing import List, Dict
class Stack:
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
print(list[int].__name__, dict[str, int].__qualname__, List[int].__name__, Stack[int].__name__, list[int].__module__)
print(list[int].__doc__ == list.__doc__, list[int].append)
try:
    types_alias = list[int]
    print(types_alias.__class__.__name__, types_alias.__origin__, types_alias.__args__)
    import types
    print(types.GenericAlias(dict, (str, int)), types.GenericAlias(list, int) == list[int])
    types.GenericAlias(list)
except TypeError as e:
    print("TypeError:", e)
