from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
import itertools, functools, json
from dataclasses import dataclass, field
from enum import Enum, auto, IntEnum
text = "it was the best of times it was the worst of times"
c = Counter(text.split())
print(c, c.most_common(3), c["zzz"], sum(c.values()), list(c.elements())[:4])
c2 = Counter("abracadabra")
print(c2, c2 - Counter("aab"), c2 + Counter("z"), c2 & Counter("aaa"), c2 | Counter("zz"))
dd = defaultdict(list)
for w in text.split():
    dd[len(w)].append(w)
print(dd, dict(dd), dd[99])
q = deque([1, 2, 3], maxlen=4)
q.append(4); q.append(5); q.appendleft(0); q.rotate(1)
print(q, q.popleft(), q.pop(), len(q), list(q))
Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(3)
print(p, p._replace(y=5), p._asdict(), p._fields, Point._make([1, 2]), p.x + p.y, tuple(p))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); od.popitem(last=False)
print(od, list(od.items()))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain([1], (2, 3))), list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2)), list(itertools.permutations("abc", 2))[:4])
print([(k, list(g)) for k, g in itertools.groupby(sorted(text.split(), key=len), key=len)])
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 0))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
int2 = functools.partial(int, base=2)
print(int2("1010"), int2.func, int2.keywords)
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@logged
def add(a, b=1):
    "Add two."
    return a + b
print(add(2, b=3), add.__name__, add.__doc__, add.__wrapped__.__name__)
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list)
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
items = [Item(2.5, "b"), Item(1.25, "a", ["x"])]
print(sorted(items), items[0] == Item(2.5, "zz"), Pt(1), Pt(1) == Pt(1, 0), hash(Pt(1, 2)) == hash((1, 2)))
try:
    Pt(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
class Color(Enum):
    RED = auto(); GREEN = auto(); BLUE = 10
class Pri(IntEnum):
    LOW = 1; HIGH = 2
print(Color.RED, repr(Color.GREEN), Color(10), Color["BLUE"].value, list(Color), Pri.HIGH > Pri.LOW, Pri.LOW + 1, Color.RED.name)
data = {"name": "x", "vals": [1, 2.5, None, True], "nested": {"b": 1, "a": "é"}}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.dumps(data), json.dumps(data, ensure_ascii=False, separators=(",", ":")), json.loads(s) == data, json.loads('[1, 2.0, "a", null, false]'))
try:
    Color(3)
except ValueError as e:
    print(e)
for bad in ("{\"a\": [1, 2}", "[1,]", "", "{'a': 1}", "nul"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
