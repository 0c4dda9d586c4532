# contextlib's asynchronous half (asynccontextmanager, also as a decorator, aclosing, AsyncExitStack with sync and async
# callbacks), and gen.throw/athrow given a traceback object (it becomes the thrown exception's traceback).
import asyncio
from contextlib import asynccontextmanager, aclosing, AsyncExitStack, AbstractAsyncContextManager
import contextlib


@asynccontextmanager
async def connection(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


@asynccontextmanager
async def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


async def ticker(n):
    for i in range(n):
        yield i


class Res(AbstractAsyncContextManager):
    def __init__(self, n):
        self.n = n

    async def __aexit__(self, *exc):
        print("exit res", self.n, exc[0])


async def main():
    async with connection("db") as c:
        print("using", c)
    async with swallow():
        raise KeyError("k")
    try:
        async with connection("x"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)
    async with aclosing(ticker(5)) as t:
        async for i in t:
            if i == 2:
                break
            print("tick", i)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection("a"))
        b = await stack.enter_async_context(Res(1))
        stack.callback(print, "sync callback")
        async def later():
            print("async callback")
        stack.push_async_callback(later)
        print("in stack", a, b.n)
    @connection("deco")
    async def work():
        print("working")
        return 7
    print(await work())
    try:
        async with AsyncExitStack() as s:
            await s.enter_async_context(object())
    except TypeError as e:
        print(e)



asyncio.run(main())

async def g():
    try:
        yield 1
    except ValueError:
        print('caught')
async def m():
    a = g(); await anext(a)
    try:
        raise ValueError
    except ValueError as e:
        print(type(e.__traceback__).__name__)
        try:
            await a.athrow(ValueError, e, e.__traceback__)
        except StopAsyncIteration:
            print('stop')
class CM:
    async def __aenter__(self): return self
    async def __aexit__(self, t, v, tb):
        print(t.__name__, type(tb).__name__)
        return True
async def n():
    async with CM():
        raise KeyError(1)
asyncio.run(m()); asyncio.run(n())
def sg():
    try:
        yield 1
    except ValueError:
        print('sync caught')
s = sg(); next(s)
try:
    raise ValueError
except ValueError as e:
    try:
        s.throw(ValueError, e, e.__traceback__)
    except StopIteration:
        print('sync stop')

def sg():
    try:
        yield 1
    except ValueError:
        print("caught in generator")
        yield 2
def fail():
    raise ValueError("v")
s = sg(); next(s)
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
print(s.throw(ValueError, ValueError("other"), tb))
t = sg(); next(t)
try:
    t.throw(ValueError, None, 5)
except TypeError as e:
    print(e)
u = sg(); next(u)
print(u.throw(ValueError("inst"), None, tb))
