#!/usr/bin/env python3
"""Writes src/python/runtime/startupRefcounts.ts: the references CPython 3.11's start-up leaves to the objects every
program shares (None, True, False, the builtins' types, functions and exceptions, the small ints, the one-character
strs and bytes, the empty str, tuple and bytes) and to the strs it interned, so that `sys.getrefcount(True)` prints 409 as
python3 does. Run with the oracle: `python3 scripts/gen_startup_refcounts.py` (a few minutes).

Each count excludes the measuring program's own references (the argument, a loop's variable, its code's constants
and names). The program spells no number and no one-character str: a number token leaves references in the parser's
arena, which lives as long as the program runs, and a name the program spells is held by its code. Each count is
printed before the next is taken (a list of counts would hold small ints).

python3 runs with hash seed 0, as our str hashes are, and unbuffered stdout, as the tests run it. Some counts vary
between runs even so (None by about 30, names python3's method cache holds by one or two): the median of several
runs is kept, so a program can only be compared with python3 on the others.
"""
import concurrent.futures
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "python" / "runtime" / "startupRefcounts.ts"
INTERNED = ROOT / "src" / "python" / "compiler" / "startupInterned.ts"
RUNS = 9
INTERNED_RUNS = 3

MEASURE = r'''
import sys
import builtins
namespace = vars(builtins)
one = len('..') // len('..')
zero = one - one
print("''", sys.getrefcount(str()) - one)
# This module's code holds the empty tuple (no local names).
print('()', sys.getrefcount(tuple()) - one - one)
for number in range(int('-5'), int('257')):
    # the loop's variable, print's argument, getrefcount's argument; `one` holds 1, `zero` and the `import` constant hold 0
    print(number, sys.getrefcount(int(str(number))) - one - one - one - (number == one) - (number == zero) * (one + one))
for code in range(int('256')):
    print('chr' + str(code), sys.getrefcount(chr(code)) - one)
    print('byte' + str(code), sys.getrefcount(bytes([code])) - one)
for name in sorted(namespace):
    if not name.startswith('__'):
        # print itself is on the value stack while its arguments are evaluated
        print(name, sys.getrefcount(namespace[name]) - one - (name == 'print'))
kinds = [type(namespace['None']), type(sys), type(len), type(sys.modules['site'].main),
         type(namespace['Ellipsis']), type(namespace['NotImplemented'])]
for kind in kinds:
    print(kind.__name__, sys.getrefcount(kind) - one - one - one)
'''


# A str interned at start-up, counted as a program meets it: a constant bound to a name (python3's count of a str
# depends on what the measuring program does before, even on how many arguments it has: each str is measured alone).
MEASURE_INTERNED = "import sys\n{variable} = {word!r}\nprint(sys.getrefcount({variable}))\n"
# The measuring program's own references to the names it spells: its code's names, and sys in its globals.
SPELLED = {"sys": 2, "print": 1, "getrefcount": 1}


def run_program(source: str) -> str:
    """Runs `source` as python3 runs a script, from a file of a fixed name (its path is in start-up's strs)."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "main.py"
        path.write_text(source)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONUNBUFFERED="1")
        return subprocess.run([sys.executable, str(path)], capture_output=True, text=True, check=True, env=env,
                              cwd=directory).stdout


def measure() -> dict:
    out = run_program(MEASURE)
    return {key: int(n) for key, n in (line.rsplit(" ", 1) for line in out.splitlines())}


def measure_alone(expression: str, own: int) -> int:
    """A count in the smallest program, for objects a longer program holds more references to than it can see:
    None (frames, functions), the empty bytes (each statement's tokens: the parser's arena keeps them). `own`: the
    program's references (the argument, its code's constants, its empty exception table)."""
    counts = [int(run_program(f"import sys\nprint(sys.getrefcount({expression}))\n")) for _ in range(RUNS * 2)]
    return int(statistics.median_low(counts)) - own


def startup_interned() -> list:
    text = INTERNED.read_text()
    return text[text.index("STARTUP_INTERNED = '") + len("STARTUP_INTERNED = '"):].split("'", 1)[0].split(" ")


def measure_interned(word: str) -> int:
    """One interned str's count: less the constant, the variable, the argument and what the program spells. Some
    vary between runs (the median of a few is kept)."""
    variable = "u" if word == "v" else "v"
    counts = [int(run_program(MEASURE_INTERNED.format(variable=variable, word=word))) for _ in range(INTERNED_RUNS)]
    return int(statistics.median_low(counts)) - 3 - SPELLED.get(word, 0)


def number_array(name: str, numbers: list) -> list:
    rows = ["  " + " ".join(f"{n}," for n in numbers[i:i + 8]) for i in range(0, len(numbers), 8)]
    return [f"export const {name}: readonly number[] = [", *rows, "];"]


def main() -> None:
    runs = [measure() for _ in range(RUNS)]
    table = {key: int(statistics.median_low(r[key] for r in runs)) for key in runs[0]}
    table["None"] = measure_alone("None", 2)
    table["b''"] = measure_alone("bytes()", 2)
    ints = [table.pop(str(k)) for k in range(-5, 257)]
    chars = [table.pop(f"chr{k}") for k in range(256)]
    single_bytes = [table.pop(f"byte{k}") for k in range(256)]
    lines = [
        "// Generated by scripts/gen_startup_refcounts.py from CPython 3.11: do not edit.",
        "// References CPython's start-up leaves to the objects every program shares, the program's own excluded.",
        "",
        "/** By the name the builtins module gives the object (or a literal, or the name of a type no name reaches). */",
        "export const STARTUP_REFCOUNTS: Readonly<Record<string, number>> = {",
    ]
    lines += [f"  {key!r}: {n}," if not key.isidentifier() else f"  {key}: {n}," for key, n in table.items()]
    lines += ["};", "", "/** The small ints -5..256 (statically allocated: 999999999 and up). */"]
    lines += number_array("SMALL_INT_REFCOUNTS", ints)
    lines += ["", "/** The one-character strs chr(0)..chr(255) (statically allocated). */"]
    lines += number_array("LATIN1_CHAR_REFCOUNTS", chars)
    lines += ["", "/** The one-byte bytes objects bytes([0])..bytes([255]) (statically allocated). */"]
    lines += number_array("BYTE_CHAR_REFCOUNTS", single_bytes)
    words = startup_interned()
    lines += ["", "/** The strs interned at start-up, in the order of STARTUP_INTERNED (startupInterned.ts). */"]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        counts = list(pool.map(measure_interned, words))
    lines.append("export const STARTUP_INTERNED_REFCOUNTS = '" + " ".join(map(str, counts)) + "';")
    OUT.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
