"""Lists the builtin callables and descriptors whose __doc__ the playground shows, as JSON on stdout.

Run by scripts/gen_builtin_docs.py twice, under python3 and under our interpreter (`npm run py`): the docs
are written for the names both have. Only what both interpreters run alike is used here.
"""
import json
import sys

MODULES = ["builtins", "sys", "gc", "math", "cmath", "time", "itertools", "_operator", "_bisect", "_heapq",
           "_collections", "array", "_random", "_string", "_tracemalloc", "_functools", "_io", "_warnings"]

SAMPLES = [len, lambda: 0, [].append, [].__add__, {}.keys(), {}.values(), {}.items(), iter([]), reversed([]),
           iter(()), iter(range(0)), iter(""), iter({}), iter({}.values()), iter({}.items()), iter(set()),
           reversed({}), iter(int, 0), (x for x in ()), None, NotImplemented, ..., sys, type.__dict__]

KINDS = {"builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "getset_descriptor",
         "member_descriptor", "classmethod_descriptor", "classmethod", "staticmethod"}


def type_key(t):
    return t.__module__ + "." + t.__qualname__


def main():
    types = {}
    modules = {}
    found = [v for v in vars(__builtins__).values() if isinstance(v, type)]
    found += [type(v) for v in SAMPLES]
    for name in MODULES:
        module = __import__(name)
        functions = []
        for attr in sorted(vars(module)):
            value = vars(module)[attr]
            if isinstance(value, type):
                found.append(value)
            elif type(value).__name__ == "builtin_function_or_method":
                functions.append(attr)
        modules[name] = functions
    for t in found:
        names = [n for n, v in vars(t).items() if type(v).__name__ in KINDS]
        types[type_key(t)] = sorted(names)
    print(json.dumps({"types": types, "modules": modules}, sort_keys=True))


main()
