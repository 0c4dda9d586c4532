# asyncio event loop API: call_soon/call_later/call_at order, run_until_complete, run_forever/stop, close, errors
import asyncio
import time

loop = asyncio.new_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed(), repr(loop))
order = []
loop.call_soon(order.append, 'soon1')
loop.call_later(0.2, order.append, 'later0.2')
loop.call_later(0.1, order.append, 'later0.1')
h = loop.call_later(0.15, order.append, 'cancelled timer')
loop.call_at(loop.time() + 0.05, order.append, 'at0.05')
loop.call_soon(order.append, 'soon2')
h.cancel()
print(h.cancelled(), type(h).__name__)
loop.call_later(0.3, loop.stop)
start = loop.time()
loop.run_forever()
print(order, round(loop.time() - start, 1))


async def compute(x):
    await asyncio.sleep(0.1)
    print('running?', asyncio.get_running_loop() is loop, loop.is_running())
    return x * 10

print(loop.run_until_complete(compute(4)))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'future result')
print(loop.run_until_complete(fut))
task = loop.create_task(compute(5))
print(task.done(), loop.run_until_complete(task), task.done())


async def fails():
    raise ZeroDivisionError('division')
try:
    loop.run_until_complete(fails())
except ZeroDivisionError as e:
    print('run_until_complete raised', e)


async def nested_run():
    try:
        loop.run_until_complete(loop.create_future())
    except RuntimeError as e:
        print('RuntimeError', e)
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
loop.run_until_complete(nested_run())

# nothing keeps the loop from stopping
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
loop.close()
print(loop.is_closed())
for action in (lambda: loop.call_soon(print), lambda: loop.run_forever(), lambda: loop.create_future().done()):
    try:
        print(action())
    except RuntimeError as e:
        print('RuntimeError', e)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)


async def elapsed():
    start = time.perf_counter()
    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(2), asyncio.sleep(1.5))
    print('took about %.1f s' % (time.perf_counter() - start))
asyncio.run(elapsed())

with asyncio.Runner() as runner:
    print(runner.run(compute(1)), runner.run(compute(2)))
    print(type(runner.get_loop()).__name__)
coro = compute(3)
try:
    runner.run(coro)
except RuntimeError as e:
    print('RuntimeError', e)
coro.close()
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
print(loop2.run_until_complete(asyncio.sleep(0.01, 'slept')))
loop2.close()
asyncio.set_event_loop(None)
