# Async generators in detail: a return ends them, StopIteration/StopAsyncIteration inside are RuntimeErrors,
# an exception from the body reaches the consumer, and awaits inside pass through to the driver.
class Tick:
    def __await__(self):
        v = yield "tick"
        return v

async def agen(n, fail=None):
    for i in range(n):
        got = await Tick()
        print("  got", got)
        yield i
    if fail:
        raise fail
    print("  agen ends")

def drive(coro):
    sent = None
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as e:
            return e.value
        sent = "r-" + req

async def main():
    out = []
    async for v in agen(2):
        out.append(v)
    for bad in (ValueError("body"), StopIteration, StopAsyncIteration):
        try:
            async for v in agen(1, bad):
                out.append(v)
        except Exception as e:
            out.append((type(e).__name__, str(e), type(e.__cause__).__name__))
    g = agen(3)
    out.append(await g.__anext__())
    a = g.__anext__()
    out.append(await a)
    try:
        await a
    except RuntimeError as e:
        out.append(str(e))
    async def coro_raising():
        raise StopIteration
    try:
        await coro_raising()
    except RuntimeError as e:
        out.append(str(e))
    return out

print(drive(main()))
