# asyncio.gather: result order, return_exceptions, first error propagation, cancelling gather, duplicates
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError('%s failed' % name)
    print('job', name, 'done')
    return name


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(job('a', 0.2), job('b', 0.1), job('c', 0)))
    results = await asyncio.gather(job('d', 0.1), job('e', 0.05, fail=True), return_exceptions=True)
    print([type(r).__name__ + ':' + str(r) for r in results])

    others = [asyncio.create_task(job('f', 0.1)), asyncio.create_task(job('g', 0.3))]
    try:
        await asyncio.gather(job('h', 0.05, fail=True), *others)
    except ValueError as e:
        print('gather raised', e)
    print('others after error', [t.done() for t in others])
    await asyncio.sleep(0.5)
    print('others later', [t.done() for t in others])

    # the same coroutine object twice runs once
    coro = job('twice', 0)
    print(await asyncio.gather(coro, coro))
    t = asyncio.create_task(job('same', 0))
    print(await asyncio.gather(t, t, t))

    # cancelling the gather cancels its children
    children = [asyncio.create_task(job('k%d' % i, 1)) for i in range(3)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0.1)
    print('cancel gather', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled(), [c.cancelled() for c in children])

    # a cancelled child counts as its exception
    a = asyncio.create_task(job('m', 0.1))
    b = asyncio.create_task(job('n', 1))
    g2 = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0)
    b.cancel('child stop')
    res = await g2
    print([type(r).__name__ for r in res], res[1].args, g2.cancelled())

    c = asyncio.create_task(job('p', 1))
    g3 = asyncio.gather(c)
    await asyncio.sleep(0)
    c.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print('g3 raised CancelledError; g3 cancelled:', g3.cancelled())

    # gather with plain futures
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_later(0.2, f1.set_result, 'one')
    loop.call_later(0.1, f2.set_result, 'two')
    print(await asyncio.gather(f1, f2))


asyncio.run(main())
