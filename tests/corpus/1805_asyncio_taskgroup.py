# asyncio.TaskGroup (3.11): waits for its tasks, the first error cancels the others, errors as an ExceptionGroup
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        raise fail
    print(name, 'done')
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.2))
        t2 = tg.create_task(job('b', 0.1), name='bee')
        print('created', t1.get_name(), t2.get_name())
    print('results', t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('ok', 0.1))
            tg.create_task(job('bad', 0.2, ValueError('bad value')))
            tg.create_task(job('slow', 1))
    except* ValueError as eg:
        print('caught', type(eg).__name__, [str(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('e1', 0.1, KeyError('k')))
            tg.create_task(job('e2', 0.1, TypeError('t')))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg, [type(e).__name__ for e in eg.exceptions])

    # an error in the body itself
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('bg', 1))
            await asyncio.sleep(0.1)
            raise RuntimeError('body failed')
    except ExceptionGroup as eg:
        print('body error', eg.exceptions)

    tg = asyncio.TaskGroup()
    coro = job('x', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    async with tg:
        pass
    coro = job('y', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    print(repr(tg))

    # nested groups and results
    async def fetch_all(n):
        async with asyncio.TaskGroup() as inner:
            ts = [inner.create_task(job('n%d' % i, 0.01 * (n - i))) for i in range(n)]
        return [t.result() for t in ts]
    print(await fetch_all(3))


asyncio.run(main())
