# Async generators driven by hand: asend/athrow/aclose, async for and comprehensions, anext, inspect's predicates.
import inspect, types

class Tick:
    def __await__(self):
        v = yield "tick"
        return v

async def agen(n):
    try:
        for i in range(n):
            got = await Tick()
            print("  agen got", got)
            received = yield i * 10
            print("  agen received", received)
    finally:
        print("  agen finally")

def drive(coro):
    sent = None
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as e:
            return e.value
        sent = "r-" + req

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    g = agen(2)
    print(await g.__anext__(), await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("  athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  exhausted")
    g2 = agen(5)
    print(await anext(g2))
    await g2.aclose()
    print(g2.ag_frame is None, g2.ag_running)
    comp = [x async for x in agen(2) if x > 0]
    return out, comp

print(drive(consume()))
print(inspect.iscoroutinefunction(consume), inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen(1)))
c = consume()
print(inspect.iscoroutine(c), inspect.isawaitable(c), type(c).__name__, type(agen(1)).__name__)
c.close()
print(isinstance(agen(1), types.AsyncGeneratorType), hasattr(agen(1), '__aiter__'), hasattr(agen(1), '__iter__'))
a = agen(1)
print(type(a.__anext__()).__name__, type(a.aclose()).__name__)
async def plain():
    return 1
print(plain.__code__.co_flags & 0x80, agen.__code__.co_flags & 0x200)
