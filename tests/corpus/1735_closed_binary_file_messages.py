# A closed binary file names the operation as the buffered objects do ("read of closed file"); FileIO's checks have no period
import os
NAME = "playground_1735.bin"
open(NAME, "wb").close()
calls = [("read", lambda f: f.read()), ("read1", lambda f: f.read(1)), ("readline", lambda f: f.readline()),
         ("readlines", lambda f: f.readlines()), ("tell", lambda f: f.tell()), ("seek", lambda f: f.seek(0)),
         ("fileno", lambda f: f.fileno()), ("isatty", lambda f: f.isatty()), ("flush", lambda f: f.flush()),
         ("readable", lambda f: f.readable()), ("writable", lambda f: f.writable()), ("seekable", lambda f: f.seekable()),
         ("write", lambda f: f.write(b"x")), ("writelines", lambda f: f.writelines([b"x"])), ("truncate", lambda f: f.truncate()),
         ("enter", lambda f: f.__enter__()), ("close", lambda f: f.close()), ("for", lambda f: [x for x in f])]
for mode in ["rb", "wb", "r+b", "ab"]:
    f = open(NAME, mode)
    f.close()
    for name, call in calls:
        try:
            call(f)
            print(mode, name, "ok")
        except (ValueError, OSError) as e:
            print(mode, name, type(e).__name__, e)
f = open(NAME, "r")
f.close()
for name in ["fileno", "isatty", "readable", "seekable", "read", "tell"]:
    try:
        print(name, getattr(f, name)())
    except ValueError as e:
        print(name, type(e).__name__, e)
os.remove(NAME)
