from abc import ABC, abstractmethod
class Task:
    __slots__ = ("title", "done", "priority")
    def __init__(self, title, priority=3):
        self.title, self.done, self.priority = title, False, priority
    def __repr__(self):
        return f"Task({self.title!r}, p={self.priority}{', done' if self.done else ''})"
    def __format__(self, spec):
        return format(self.title, spec) if spec else str(self)
    def __hash__(self):
        return hash(self.title)
    def __eq__(self, o):
        return isinstance(o, Task) and o.title == self.title
class TodoList:
    def __init__(self, *tasks):
        self._tasks = list(tasks)
    def __len__(self): return len(self._tasks)
    def __getitem__(self, i): return self._tasks[i]
    def __contains__(self, title): return any(t.title == title for t in self._tasks)
    def __bool__(self): return bool(self._tasks)
    def __iadd__(self, task):
        self._tasks.append(task); return self
    @staticmethod
    def parse(line):
        title, _, p = line.partition("!")
        return Task(title.strip(), int(p) if p else 3)
    @property
    def pending(self):
        return [t for t in self._tasks if not t.done]
    @pending.deleter
    def pending(self):
        self._tasks = [t for t in self._tasks if t.done]
todo = TodoList(Task("write"), Task("read", 1))
todo += TodoList.parse("cook !2")
todo[0].done = True
print(len(todo), "read" in todo, "swim" in todo, bool(TodoList()), todo[1:], todo[-1])
print(f"[{todo[0]:>8}] [{todo[1]}]", sorted(todo, key=lambda t: t.priority), {Task("a"), Task("a")})
for i, t in enumerate(todo, 1):
    print(f"{i:2d}. {t.title:<8}{'x' if t.done else ' '} p{t.priority}")
del todo.pending
print(todo[:], todo.pending)
try:
    todo[0].note = "x"
except AttributeError as e:
    print(e)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def __str__(self): return f"{type(self).__name__} area={self.area():.3f}"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
print(Circle(2))
try:
    Shape()
except TypeError as e:
    print(e)
lst = [1, 2]; lst.append(lst)
d = {"k": 1}; d["self"] = d
print(lst, d, repr(KeyError("k")), str(KeyError("k")), str(ValueError("a", 2)), repr(ValueError()))
try:
    assert len(todo) > 5, f"only {len(todo)} tasks"
except AssertionError as e:
    print("assert:", e)
def load(n):
    return parse_all([str(i) for i in range(n)] + ["x"])
def parse_all(items):
    return [int(s) for s in items]
class Config:
    def __init__(self, raw):
        try:
            self.vals = load(raw)
        except ValueError as e:
            raise RuntimeError("config failed") 
Config(2)
