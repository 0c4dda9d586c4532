#!/usr/bin/env python3
"""Records what CPython prints for every tests/corpus/*.py program: the expected results of the differential tests.

Run with CPython 3.11 (`npm run regen-expected`). Each program runs as `python3 main.py` would, with its
optional .stdin file as input, and gets a .expected.json with stdout, the last stderr line and the exit status.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def main() -> int:
    if sys.version_info[:2] != (3, 11):
        print(f"warning: expected CPython 3.11, running {sys.version.split()[0]}", file=sys.stderr)
    # Arguments narrow the run to programs whose names start with one of them: `npm run regen-expected -- 1080 1081`.
    prefixes = sys.argv[1:]
    programs = [p for p in sorted(CORPUS.glob("*.py")) if not prefixes or p.name.startswith(tuple(prefixes))]
    # Unbuffered stdout, as the playground models it: gc counts depend on how sys.stdout buffers.
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
    with tempfile.TemporaryDirectory() as tmp:
        for program in programs:
            stdin_file = program.with_suffix(".stdin")
            stdin = stdin_file.read_text() if stdin_file.exists() else ""
            # Run as main.py so tracebacks name the same file our interpreter reports.
            shutil.copyfile(program, Path(tmp) / "main.py")
            result = subprocess.run(
                [sys.executable, "main.py"], input=stdin, capture_output=True, text=True, env=env, cwd=tmp, timeout=60,
            )
            # CPython names the script by its absolute path in tracebacks; the tests run ours as main.py.
            stderr = result.stderr.replace(str(Path(tmp).resolve()) + "/", "").replace(tmp + "/", "")
            # A process ended by a signal (an uncaught KeyboardInterrupt re-raises SIGINT) has the status a
            # shell reports for it, 128 + the signal, which is what our CLI exits with.
            status = result.returncode if result.returncode >= 0 else 128 - result.returncode
            expected = {"stdout": result.stdout, "stderr": stderr, "status": status}
            program.with_suffix(".expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    print(f"recorded {len(programs)} programs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
