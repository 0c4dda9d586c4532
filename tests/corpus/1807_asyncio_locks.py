# asyncio.Lock, Event, Semaphore, BoundedSemaphore, Condition: waiting order and errors
import asyncio


async def main():
    lock = asyncio.Lock()
    counter = 0

    async def add(name):
        nonlocal counter
        async with lock:
            print(name, 'has the lock', lock.locked())
            value = counter
            await asyncio.sleep(0.01)
            counter = value + 1
    await asyncio.gather(*(add('t%d' % i) for i in range(4)))
    print('counter', counter, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    # a cancelled waiter does not get the lock
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print('waiter cancelled', waiter.cancelled(), 'locked', lock.locked())

    event = asyncio.Event()

    async def wait_for_event(name):
        print(name, 'waiting')
        await event.wait()
        print(name, 'woke up', event.is_set())
    ws = [asyncio.create_task(wait_for_event('w%d' % i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print('setting')
    event.set()
    await asyncio.gather(*ws)
    print(await event.wait())
    event.clear()
    print('cleared', event.is_set())

    sem = asyncio.Semaphore(2)
    active = 0

    async def limited(name):
        nonlocal active
        async with sem:
            active += 1
            print(name, 'in, active', active, 'locked', sem.locked())
            await asyncio.sleep(0.1)
            active -= 1
        print(name, 'out')
    await asyncio.gather(*(limited('s%d' % i) for i in range(5)))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)

    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError', e)

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, 'consumed', items.pop(0))

    cs = [asyncio.create_task(consumer('c%d' % i)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)

    async def all_waiter(name):
        async with cond:
            await cond.wait()
            print(name, 'notified')
    ws = [asyncio.create_task(all_waiter('a%d' % i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)


asyncio.run(main())
