# A class's __dict__ (a mappingproxy) compares and joins as the dict it shows: == and != against dicts and other
# proxies, | with a dict on either side, reversed(); |= and hash() are refused.
from types import MappingProxyType


class Config:
    debug = False
    level = 3


settings = MappingProxyType({"host": "localhost", "port": 8080})
print(settings == {"host": "localhost", "port": 8080}, {"port": 8080, "host": "localhost"} == settings)
print(settings != {"host": "x"}, settings == MappingProxyType(dict(settings)), vars(Config) == Config.__dict__)
print(Config.__dict__ == dict(Config.__dict__), Config.__dict__ == {})
print(settings | {"port": 9090}, {"user": "ann"} | settings)
print(list(reversed(settings)), type(settings | {}).__name__)
print(sorted(n for n in dir(settings) if not n.startswith("__") or n in ("__or__", "__ror__", "__reversed__")))
for attempt in ("hash(settings)", "settings < {}", "settings | 5"):
    try:
        print(eval(attempt))
    except TypeError as e:
        print("TypeError:", e)
settings |= {"port": 1}
