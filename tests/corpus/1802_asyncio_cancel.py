# asyncio task cancellation: cancel(msg), CancelledError inside the coroutine, cancelling/uncancel, cleanup order
import asyncio


async def long_job(name):
    try:
        print(name, 'working')
        await asyncio.sleep(10)
        print(name, 'finished?')
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', e.args)
        raise
    finally:
        print(name, 'cleanup')


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel')
    await asyncio.sleep(0.1)
    return 'stubborn result'


async def main():
    t = asyncio.create_task(long_job('A'))
    await asyncio.sleep(0.1)
    print('cancel ->', t.cancel('enough'), t.cancelling(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw', type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raised', e.args)

    # cancelled before it ever ran: the coroutine never starts
    t2 = asyncio.create_task(long_job('B'))
    print(t2.cancel())
    try:
        await t2
    except asyncio.CancelledError as e:
        print('B never ran', e.args)

    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print('stubborn got', await t3, t3.cancelled(), t3.cancelling(), t3.uncancel(), t3.uncancel())

    # cancelling the awaiting task cancels what it awaits
    async def outer():
        inner = asyncio.create_task(long_job('inner'))
        try:
            await inner
        finally:
            print('outer finally, inner cancelled:', inner.cancelled())
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled', o.cancelled())

    # a task cancelling itself
    async def self_cancel():
        asyncio.current_task().cancel()
        print('still running until the next await')
        await asyncio.sleep(0)
        print('not printed')
    s = asyncio.create_task(self_cancel())
    try:
        await s
    except asyncio.CancelledError:
        print('self cancelled')

    # CancelledError is a BaseException, not caught by except Exception
    async def swallow():
        try:
            await asyncio.sleep(1)
        except Exception:
            print('not here')
    w = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('swallow cancelled', w.cancelled(), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())


async def cancel_main():
    asyncio.current_task().cancel('main cancelled')
    await asyncio.sleep(1)

try:
    asyncio.run(cancel_main())
except asyncio.CancelledError as e:
    print('run raised CancelledError', e.args)


async def leftover():
    async def forever(n):
        try:
            await asyncio.sleep(100)
        finally:
            print('leftover', n, 'cleaned up')
    asyncio.create_task(forever(1))
    await asyncio.sleep(0)
    print('main returns with a task still pending')
    return 'main result'

print(asyncio.run(leftover()))
