# Where errors point on lines with non-ASCII text: a traceback's carets give East Asian wide characters two
# columns; the compiler's SyntaxError offsets are UTF-8 byte offsets (the AST's), the parser's are characters
# for a string; traceback.print_exc marks the same columns as the interpreter.
import traceback

for src in ['é = 1; __debug__ = 2', 'é = 1; return 5', 'é = (1 2)', 'é = 1; x = yield', 'def f(é, é): pass',
            'é=1;nonlocal x', 'x = "日本"; break', 'f(é=1, é=2)', 'x = ("値値" 1)', '"日本" + (yield)']:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)

for code in ['名 = {}\nx = 名["値"]', 'x = {"日本": {}}\ny = x["日本"]["b"] + 1', 'z = "日本語" + len("ab") / 0',
             'é = {}\ny = é["ü"]', 'x = "😀😀"\ny = x.foo', 'd = {"😀": 1}\ny = d["😀"] + d["b😀"]',
             'ｘ = [1]\ny = ｘ[5]']:
    try:
        exec(code)
    except Exception:
        traceback.print_exc()
for src in ["data = b'café'", "data = b'cafés'", "x = 'é'; data = b'café'"]:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)
