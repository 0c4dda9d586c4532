# anext() with a default, over an async generator and over a class whose __anext__ is a coroutine.
class Tick:
    def __await__(self):
        v = yield "tick"
        return v

async def agen():
    await Tick()
    yield 1

class Counter:
    def __init__(self):
        self.n = 2
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

def drive(coro):
    sent = None
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as e:
            return e.value
        sent = "r-" + req

async def main():
    g = agen()
    out = [await anext(g, "empty"), await anext(g, "empty"), await anext(g, "empty")]
    c = Counter()
    out += [await anext(c, "done") for _ in range(4)]
    try:
        await anext(g)
    except StopAsyncIteration:
        out.append("stop")
    try:
        anext(5)
    except TypeError as e:
        out.append(str(e))
    try:
        aiter([1])
    except TypeError as e:
        out.append(str(e))
    a = anext(agen(), 0)
    out.append(type(a).__name__)
    a.close()
    return out

print(drive(main()))
