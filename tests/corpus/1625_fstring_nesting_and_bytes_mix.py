# f-string errors come literal by literal (an f-string before a bytes literal reports its own error first), a field
# two format specs deep is "expressions nested too deeply", and doubled braces are literal only at the top level.
for src in ["f'{a['b']}'", "f'{' b'x'", "b'a' f'{'", "'a' b'x'", "f'{a}' b'x'", "f'{1:{2:{3}}}'",
            "f'{1:{2:{{3}}}}'", "f'{1:{{}}}'", "f'{1:}}'", "f'{1:{2:{3}}}' b''"]:
    try:
        compile(src + "\n", "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(f"{src!r:22} {e.msg} @ {e.offset}-{e.end_offset}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'a':{'>'}{5}}|{1:>{3}}}}|a{{b}}c")
