# ExitStack and AsyncExitStack share _BaseExitStack (push, callback, enter_context, pop_all), as in CPython 3.11.
import contextlib, asyncio
print(issubclass(contextlib.AsyncExitStack, contextlib._BaseExitStack), sorted(k for k in vars(contextlib.ExitStack) if not k.startswith('_abc') and k != '__abstractmethods__'))
with contextlib.ExitStack() as s:
    s.callback(print, "cb")
    s.enter_context(contextlib.nullcontext())
    t = s.pop_all()
t.close()
async def main():
    async with contextlib.AsyncExitStack() as st:
        st.callback(print, "sync cb")
        async def acb():
            print("async cb")
        st.push_async_callback(acb)
        print(type(st.pop_all()).__name__)
    async with contextlib.AsyncExitStack() as st:
        st.callback(print, "sync cb2")
asyncio.run(main())
