# asyncio helpers: iscoroutine(function), exception classes, async for/with over asyncio, exception handler
import asyncio
import functools


async def coro_function(x):
    await asyncio.sleep(0)
    return x


def plain(x):
    return x


class Worker:
    async def method(self):
        return 'method'


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print('open', self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print('close', self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    c = coro_function(1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(1))
    print(await c)
    print(asyncio.iscoroutinefunction(coro_function), asyncio.iscoroutinefunction(plain),
          asyncio.iscoroutinefunction(Worker().method), asyncio.iscoroutinefunction(Worker.method),
          asyncio.iscoroutinefunction(functools.partial(coro_function, 2)), asyncio.iscoroutinefunction(len))

    async for tick in ticker(3, 0.1):
        print('tick', tick)
    print([t async for t in ticker(4, 0)])

    async with Connection('db') as conn:
        print('using', conn.name)
    async with Connection('cache'):
        raise KeyError('suppressed')
    try:
        async with Connection('web'):
            raise ValueError('kept')
    except ValueError as e:
        print('ValueError', e)

    # exceptions stored in tasks
    async def fails():
        raise LookupError('lost')
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except LookupError as e:
        print('result() raised', e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError', e)

    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, context: seen.append((context['message'].split(' at ')[0], repr(context['exception']))))

    def broken_callback():
        raise ArithmeticError('in callback')
    loop.call_soon(broken_callback)
    await asyncio.sleep(0)
    print(seen)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    print(await asyncio.to_thread(pow, 2, 10), await asyncio.gather(*(asyncio.to_thread(sorted, 'cab') for _ in range(2))))


for cls in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.TimeoutError, asyncio.QueueEmpty,
            asyncio.QueueFull, asyncio.BrokenBarrierError):
    print(cls.__name__, cls.__mro__[1].__name__)
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException))
asyncio.run(main())
