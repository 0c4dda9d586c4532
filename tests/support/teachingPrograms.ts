// The programs the picture is checked on at every step (unit tests and Chromium): the lessons' classic cases.

export const TEACHING_PROGRAMS: Record<string, string> = {
  linkedList: `class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

head = None
for v in range(6):
    head = Node(v, head)
print(head.value)
`,
  tree: `class Tree:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Tree(mid, build(lo, mid - 1), build(mid + 1, hi))

root = build(1, 7)
print(root.key)
`,
  aliasing: `import sys
row = [0, 0, 0]
grid = [row, row, row]
print(sys.getrefcount(row))
grid[0][0] = 1
print(grid)
`,
  cycle: `import gc
class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None

a = Person("Ana")
b = Person("Budi")
a.friend = b
b.friend = a
del a, b
print(gc.collect())
`,
  closure: `def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

counter = make_counter()
counter()
print(counter())
`,
  recursion: `def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(5))
`,
  generator: `def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

gen = count_up(3)
first = next(gen)
second = next(gen)
print(first, second)
`,
  library: `from collections import deque, OrderedDict
from dataclasses import dataclass
import copy

@dataclass
class Node:
    name: str
    children: list

root = Node("root", [])
kid = Node("kid", [root])
root.children.append(kid)
q = deque([root, kid], maxlen=3)
cache = OrderedDict(a=root)
shallow = copy.copy(root)
deep = copy.deepcopy(root)
del root, kid
print(len(q), shallow.name, deep.children[0].name)
`,
  memo: `from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(5))
print(fib.cache_info())
`,
  asyncio: `import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()

async def main():
    results = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1))
    print(results)

asyncio.run(main())
`,
};
