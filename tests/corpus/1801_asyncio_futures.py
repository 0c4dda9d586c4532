# asyncio.Future: result/exception/cancel/callbacks, awaiting futures and custom awaitables, bad yields
import asyncio


def show(label, f):
    try:
        print(label, 'result', f.result())
    except BaseException as e:
        print(label, type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled(), repr(f), asyncio.isfuture(f), asyncio.isfuture(1))
    show('pending', f)
    try:
        f.exception()
    except BaseException as e:
        print(type(e).__name__, e)
    f.add_done_callback(lambda fut: print('cb1', fut.result()))

    def cb2(fut):
        print('cb2', fut.result())
    f.add_done_callback(cb2)
    f.add_done_callback(cb2)
    print('removed', f.remove_done_callback(cb2))
    f.set_result(42)
    print('set', repr(f))
    try:
        f.set_result(1)
    except BaseException as e:
        print(type(e).__name__, e)
    print('awaited', await f)
    f.add_done_callback(lambda fut: print('late callback'))
    await asyncio.sleep(0)

    g = loop.create_future()
    g.set_exception(ValueError('bad'))
    show('exc', g)
    print(type(g.exception()).__name__, repr(g))
    try:
        await g
    except ValueError as e:
        print('await raised', e)
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)

    c = loop.create_future()
    c.add_done_callback(lambda fut: print('cancel callback', fut.cancelled()))
    print(c.cancel('stop it'), c.cancel(), c.cancelled(), c.done(), repr(c))
    show('cancelled', c)
    try:
        c.exception()
    except asyncio.CancelledError as e:
        print('exception() raised', e.args)
    await asyncio.sleep(0)

    # a task waits for a future set by a timer
    w = loop.create_future()
    loop.call_later(0.1, w.set_result, 'from timer')
    print(await w)

    async def setter(fut):
        await asyncio.sleep(0)
        print('setter sets')
        fut.set_result('value')
    s = loop.create_future()
    asyncio.create_task(setter(s))
    print('waiting')
    print('got', await s)

    class Ready:
        def __await__(self):
            yield
            return 'ready'
    print(await Ready())

    class Bad:
        def __await__(self):
            yield 'oops'
    try:
        await Bad()
    except RuntimeError as e:
        print('RuntimeError', e)

    class Raw:
        def __await__(self):
            fut = loop.create_future()
            fut.set_result(0)
            yield fut
    try:
        await Raw()
    except RuntimeError as e:
        print('RuntimeError', str(e)[:36])

    fe = asyncio.ensure_future(Ready())
    print(asyncio.isfuture(fe), await fe)
    print(asyncio.ensure_future(w) is w)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
