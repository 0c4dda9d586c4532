# asyncio.wait_for, timeout(), timeout_at(), wait(), as_completed(), shield()
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, 'was cancelled')
        raise


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow('quick', 0.1), timeout=1))
    try:
        await asyncio.wait_for(slow('late', 2), timeout=0.5)
    except asyncio.TimeoutError as e:
        print('wait_for', type(e).__name__, repr(e), asyncio.TimeoutError is TimeoutError,
              type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow('none', 0.1), None))
    try:
        await asyncio.wait_for(slow('zero', 0.1), 0)
    except TimeoutError:
        print('zero timeout')

    async with asyncio.timeout(1) as cm:
        print('inside timeout', cm.expired(), cm.when() is not None)
        await asyncio.sleep(0.1)
    print('after ok block', cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(0.2) as cm:
            await slow('in block', 5)
            print('not reached')
    except TimeoutError as e:
        print('timeout block', type(e).__name__, cm.expired(), repr(cm))
    try:
        async with asyncio.timeout_at(loop.time() + 0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at expired')
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 5)
        await asyncio.sleep(0.1)
    print('rescheduled ok', cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)

    tasks = [asyncio.create_task(slow('w%d' % i, d)) for i, d in enumerate([0.3, 0.1, 0.2])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first completed', sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print('after timeout', sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print('all', sorted(t.result() for t in done), len(pending))

    async def boom(delay):
        await asyncio.sleep(delay)
        raise KeyError('boom')
    tasks = [asyncio.create_task(boom(0.1)), asyncio.create_task(slow('s', 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception', [repr(t.exception()) for t in done], len(pending))
    await asyncio.wait(pending)
    never_run = slow('x', 0)
    for bad in (never_run, []):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    never_run.close()
    try:
        await asyncio.wait(tasks, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)

    for next_done in asyncio.as_completed([slow('c3', 0.3), slow('c1', 0.1), slow('c2', 0.2)]):
        print('as_completed', await next_done)
    try:
        for next_done in asyncio.as_completed([slow('t1', 0.1), slow('t2', 1)], timeout=0.5):
            print('as_completed', await next_done)
    except TimeoutError:
        print('as_completed timed out')
    await asyncio.sleep(1)

    inner = asyncio.create_task(slow('shielded', 0.2))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled, inner cancelled:', inner.cancelled())
    print('inner result', await inner)
    print(await asyncio.shield(slow('direct', 0.1)))


asyncio.run(main())

async def entered_twice():
    t = asyncio.timeout(1)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print(e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print(e)
    tg = asyncio.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(e)
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(type(e.__cause__).__name__, e.__suppress_context__)
asyncio.run(entered_twice())
