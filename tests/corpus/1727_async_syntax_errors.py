# SyntaxErrors of async code: await/async for/async with outside async functions, yield from, return in async generators.
tests = [
    "await x",
    "def f():\n    await x\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with x: pass\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    return [x async for x in y]\n",
    "[x async for x in y]",
    "async def f():\n    lambda: await x\n",
    "async def f():\n    return (x async for x in y)\n",
    "async def f():\n    def g():\n        await x\n",
    "class C:\n    await x\n",
    "async def f():\n    return [await x for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "async lambda: 1",
    "async x = 1",
    "async def f():\n    async = 1\n",
    "async def f():\n    await = 1\n",
]
for src in tests:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
