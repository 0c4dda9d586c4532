# Coroutines driven by hand: send/throw/close, await chains, __await__ objects, async with/for, errors.
import types

class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("  awaiting Ready", self.value)
        got = yield ("tick", self.value)
        print("  Ready resumed with", got)
        return self.value * 10

async def inner(x):
    r = await Ready(x)
    return r + 1

async def outer():
    a = await inner(1)
    b = await inner(2)
    return a + b

def run(coro):
    sent = None
    while True:
        try:
            request = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("loop got", request)
        sent = "resume-" + str(request[1])

c = outer()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, type(c.cr_frame).__name__)
print(run(c))
print(c.cr_frame, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

class Manager:
    async def __aenter__(self):
        print("  aenter")
        await Ready(5)
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("  aexit", et.__name__ if et else None, ev)
        return et is KeyError

async def use_manager():
    async with Manager() as r:
        print("  inside with", r)
    async with Manager():
        raise KeyError("suppressed")
    print("  after suppressed")
    try:
        async with Manager():
            raise ValueError("passes")
    except ValueError as e:
        print("  caught", repr(e))
    return "done"

print(run(use_manager()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Ready(self.n)
        return self.n

async def use_for():
    total = []
    async for i in Countdown(3):
        total.append(i)
    else:
        print("  for-else ran")
    async for i in Countdown(5):
        if i == 3:
            break
    return total, [x async for x in Countdown(2)], {x: x * x async for x in Countdown(2)}

print(run(use_for()))

async def fails():
    await Ready(0)
    raise ValueError("inside")

c = fails()
print(c.send(None))
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e)
c2 = fails()
c2.send(None)
c2.close()
print(c2.cr_frame)

async def bad_await():
    await 5
async def bad_with():
    async with object():
        pass
async def bad_for():
    async for x in [1, 2]:
        pass
for f in (bad_await, bad_with, bad_for):
    try:
        f().send(None)
    except TypeError as e:
        print("TypeError", e)

async def simple():
    return 42
co = simple()
try:
    for x in co:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    next(co)
except TypeError as e:
    print("TypeError", e)
co.close()
print(types.CoroutineType is type(co), isinstance(co, types.CoroutineType))
