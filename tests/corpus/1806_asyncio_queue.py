# asyncio.Queue/LifoQueue/PriorityQueue: producers and consumers, maxsize, join/task_done, QueueEmpty/QueueFull
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put(item)
        print(name, 'put', item, 'size', q.qsize())
    print(name, 'finished')


async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, 'got', item)
        await asyncio.sleep(0.1)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize(), str(q))
    consumers = [asyncio.create_task(consumer(q, 'c%d' % i)) for i in range(2)]
    await producer(q, 'p', range(6))
    print('joining', str(q))
    await q.join()
    print('joined', q.empty(), str(q))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    q2 = asyncio.Queue(1)
    q2.put_nowait('x')
    try:
        q2.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e), q2.full())
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print('ValueError', e)

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        await lifo.put(item)
        prio.put_nowait(item)
    print([lifo.get_nowait() for _ in range(3)])
    print([await prio.get() for _ in range(3)])

    # getters wait in line
    q3 = asyncio.Queue()
    async def getter(n):
        print('getter', n, 'got', await q3.get())
    gs = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    for word in ['one', 'two', 'three']:
        q3.put_nowait(word)
    await asyncio.gather(*gs)

    # a get with a timeout
    try:
        await asyncio.wait_for(q3.get(), 0.1)
    except TimeoutError:
        print('get timed out', q3.empty())

    # put blocked on a full queue
    q4 = asyncio.Queue(1)
    await q4.put(1)
    blocked = asyncio.create_task(q4.put(2))
    await asyncio.sleep(0)
    print('blocked put done?', blocked.done(), q4.qsize())
    print(await q4.get(), 'then', blocked.done())
    await blocked
    print(await q4.get(), q4.qsize())


asyncio.run(main())
