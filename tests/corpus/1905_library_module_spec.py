# Library modules' __package__, __loader__ and __spec__ (name, parent, loader, origin kind, has_location), as
# importlib gives them: BuiltinImporter and FrozenImporter classes, else file loaders.
import json, math, collections, random, os, sys, itertools, functools, re, time, string, json.decoder, collections.abc, os.path
for m in [json, json.decoder, math, collections, collections.abc, random, os, os.path, sys, itertools, functools, re, time, string]:
    spec = m.__spec__
    print(m.__name__, repr(m.__package__), spec.name, type(m.__loader__).__name__, spec.loader is m.__loader__,
          m.__spec__ is spec, spec.parent, spec.submodule_search_locations is not None, spec.has_location,
          spec.origin in ('built-in', 'frozen') and spec.origin, spec.cached is not None)
print(os.__loader__.__name__, sys.__loader__.__name__, os.__loader__.__module__, type(math.__loader__).__module__)
print(json.__loader__.name, isinstance(json.__loader__.path, str), isinstance(json.__spec__.origin, str))
print(__package__, __spec__, type(__loader__).__name__)
import builtins
print(repr(builtins.__package__), builtins.__spec__.name, builtins.__spec__.origin, builtins.__loader__.__name__)
