# PEP 562: a module's own __dir__ function decides what dir(module) lists (sorted by dir).
import sys
import types

plugins = types.ModuleType("plugins")
plugins.__dir__ = lambda: ["resize", "blur", "crop"]
print(dir(plugins))

_deprecated = {"old_name": "new_name"}


def __getattr__(name):
    if name in _deprecated:
        return f"use {_deprecated[name]}"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return list(globals()) + list(_deprecated)


this = sys.modules[__name__]
names = dir(this)
print("old_name" in names, names == sorted(names), this.old_name)
plugins.__dir__ = lambda: 42
dir(plugins)
