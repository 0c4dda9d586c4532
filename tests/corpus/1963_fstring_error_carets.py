# An f-string's own syntax error is reported at the token after the f-string, underlining all of it: a name after
# 3.12-style nested quotes (f"{d["key"]}" is an error in 3.11), an operator, a number, the comment before a newline.
import traceback

cases = [
    'd = {}\nprint(f"{d["long_key_name"]}")',
    'x = f"{a]}"',
    'x = f"{a]}" + name_here',
    'x = f"{a]}" if 1 else 2',
    'x = f"{a]}" f"b" 12345',
    'x = f"{a]}" == 3',
    'x = f"{a]}" # comment',
    'x = f"{a b}" ...',
    'x = f"{a!r" **2',
    'x = f"{a]}" "more"',
    'x = [f"{a]}"]',
]
for source in cases:
    try:
        compile(source, "<case>", "exec")
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    compile('row = {"name": "Ada"}\nprint(f"Hello {row["name"]}!")\n', "lesson.py", "exec")
except SyntaxError:
    traceback.print_exc(limit=0)
