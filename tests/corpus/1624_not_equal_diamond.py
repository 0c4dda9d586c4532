# '<>' is a single token CPython 3.11's grammar refuses: "invalid syntax" marks both characters. In a format
# spec it is still a fill and an alignment.
for src in ["a <> b", "if a <> b: pass", "print(1 <>2)", "a < > b", "x = a<>"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(f"{src!r:18} {e.msg} @ {e.offset}-{e.end_offset}")
x = "a"
print(f"{x:<>5}|{x:<^5}|", "{:<>4}".format(1))
