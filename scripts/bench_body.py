# Times a program's body inside python3 for `npm run bench`: compiled once, then run N times by exec() in a fresh
# __main__-like dict each, stdout captured in memory (as our interpreter keeps it). Prints one JSON line per run.
import builtins
import io
import json
import sys
import time

path = sys.argv[1]
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
with open(path, encoding="utf-8") as f:
    code = compile(f.read(), path, "exec")
sys.argv = [path]
real_stdout = sys.stdout
reports = []
for _ in range(repeat):
    namespace = {"__name__": "__main__", "__doc__": None, "__package__": None, "__loader__": None,
                 "__spec__": None, "__annotations__": {}, "__builtins__": builtins, "__file__": path}
    captured = io.StringIO()
    sys.stdout = captured
    cpu_start = time.process_time()
    wall_start = time.perf_counter()
    exec(code, namespace)
    wall_end = time.perf_counter()
    cpu_end = time.process_time()
    sys.stdout = real_stdout
    del namespace
    reports.append({"stdout": captured.getvalue(), "stderr": "", "status": 0,
                    "cpuMs": (cpu_end - cpu_start) * 1e3, "wallMs": (wall_end - wall_start) * 1e3})
for report in reports:
    print(json.dumps(report))
