# asyncio basics: run, create_task, sleep(0) interleaving, task names, current_task, gather results
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, 'step', i)
        await asyncio.sleep(0)
    return name * 2


async def sleeper(name, delay):
    print('start', name, delay)
    await asyncio.sleep(delay)
    print('end', name)
    return delay


async def main():
    me = asyncio.current_task()
    print('main task', me.get_name(), me.done())
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2), name='bee')
    print(t1.get_name(), t2.get_name(), t1.done())
    print('before await')
    r1 = await t1
    print('r1', r1, t2.done())
    print('r2', await t2)
    results = await asyncio.gather(sleeper('x', 0.3), sleeper('y', 0.1), sleeper('z', 0.2))
    print('gathered', results)
    print(await asyncio.sleep(0.05, result='slept'))
    t3 = asyncio.create_task(worker('c', 1))
    t3.set_name('renamed')
    print(t3.get_name(), len(asyncio.all_tasks()))
    await t3
    print(len(asyncio.all_tasks()), asyncio.all_tasks() == {me})
    return 'done'


print(asyncio.run(main()))


async def names():
    t = asyncio.create_task(asyncio.sleep(0))
    print(asyncio.current_task().get_name(), t.get_name())
    await t

asyncio.run(names())


async def interleave():
    async def count(tag, n, delay):
        for i in range(n):
            await asyncio.sleep(delay)
            print(tag, i)
    await asyncio.gather(count('fast', 4, 0.1), count('slow', 2, 0.25))

asyncio.run(interleave())


async def nested():
    async def inner(x):
        await asyncio.sleep(0)
        return x + 1
    total = 0
    for i in range(3):
        total += await inner(i)
    print('nested total', total)

asyncio.run(nested())
