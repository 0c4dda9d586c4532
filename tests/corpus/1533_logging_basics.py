# logging as tutorials use it: the default root handler on stderr, levels, named loggers in a hierarchy,
# a StreamHandler(sys.stdout) with a Formatter, filters, extra, exceptions and the error messages.
import logging
import re
import sys

logging.debug("hidden: the root logger starts at WARNING")
logging.info("hidden too")
logging.warning("Watch out! %s", "disk low")
logging.error("%d errors", 3)
logging.critical("critical %r", {"a": 1})
print(logging.root.handlers)
print(logging.getLogger(), logging.getLogger("root") is logging.root, logging.getLogger("") is logging.root)

app = logging.getLogger("app")
db = logging.getLogger("app.db")
sub = logging.getLogger("app.db.pool")
print(app, db, sub, db.parent is app, sub.parent is db, app.parent is logging.root)
late = logging.getLogger("x.y.z")
middle = logging.getLogger("x.y")
print(late.parent is middle, middle.parent is logging.root, logging.getLogger("app").getChild("db") is db)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)-8s %(name)s [%(funcName)s:%(lineno)d] %(message)s"))
app.addHandler(out)
app.setLevel(logging.DEBUG)
print(out, app, db.getEffectiveLevel(), app.isEnabledFor(logging.DEBUG), db.hasHandlers())


def connect(host):
    db.debug("connecting to %s", host)
    db.info("connected to %(host)s on port %(port)d", {"host": host, "port": 5432})
    return host


connect("localhost")
sub.warning("pool exhausted")  # also reaches the root's stderr handler
app.propagate = False
sub.error("not on stderr any more")
db.setLevel("ERROR")
db.warning("dropped: below ERROR")
db.error("kept")
print(db.level, db.getEffectiveLevel(), sub.getEffectiveLevel(), db)

for value in [5, 10, 15, 20, 25, 30, 40, 50, "INFO", "DEBUG", "NOPE"]:
    print(value, logging.getLevelName(value))
logging.addLevelName(25, "NOTICE")
app.log(25, "a custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))

for bad in ["LOUD", [10], None]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    app.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)


class OnlyEven:
    def filter(self, record):
        return record.args[0] % 2 == 0


even = logging.getLogger("even")
even.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
handler.addFilter(OnlyEven())
even.addHandler(handler)
for i in range(5):
    even.warning("number %d", i)
even.addFilter(lambda record: record.args[0] > 2)
for i in range(5):
    even.warning("again %d", i)
f = logging.Filter("app.db")
for name in ["app.db", "app.db.pool", "app.dbx", "app"]:
    print(name, f.filter(logging.makeLogRecord({"name": name})))

tpl = logging.getLogger("tpl")
tpl.propagate = False
th = logging.StreamHandler(sys.stdout)
th.setFormatter(logging.Formatter("$levelname - ${name}: $message", style="$"))
tpl.addHandler(th)
tpl.warning("dollar style")
th.setFormatter(logging.Formatter("%(user)s did %(message)s"))
tpl.warning("a thing", extra={"user": "ann"})
try:
    tpl.warning("x", extra={"name": "clash"})
except KeyError as e:
    print("KeyError", e)

timed = logging.StreamHandler(sys.stdout)
timed.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
tpl.handlers = [timed]
saved = sys.stdout
import io
buffer = io.StringIO()
timed.setStream(buffer)
tpl.error("timed")
timed.setFormatter(logging.Formatter("%(asctime)s|%(message)s", datefmt="%H:%M"))
tpl.error("short time")
for line in buffer.getvalue().splitlines():
    print(re.sub(r"\d", "9", line))

# Tracebacks go to the root's stderr handler (python3 names the file there as we do).
failing = logging.getLogger("failing")
try:
    1 / 0
except ZeroDivisionError:
    failing.exception("division failed")
    failing.error("with exc_info", exc_info=True)
try:
    {}["missing"]
except KeyError as err:
    failing.warning("given the exception", exc_info=err)
logging.exception("no exception being handled")

for args in [("%(message)x",), ("no fields",), ("{message}", None, "{"), ("x", None, "#")]:
    try:
        logging.Formatter(*args)
        print("ok", args)
    except ValueError as e:
        print("ValueError", e)
record = logging.LogRecord("n", logging.INFO, "/a/b/mod.py", 7, "hi %s %s", ("a", "b"), None)
print(record, record.getMessage(), record.filename, record.module, record.levelname)
print(logging.Formatter("%(name)s:%(lineno)d:%(message)s").format(record))
logging.disable(logging.ERROR)
app.error("disabled")
app.critical("still shown")
logging.disable(logging.NOTSET)
nothing = logging.getLogger("quiet")
nothing.addHandler(logging.NullHandler())
nothing.warning("nowhere")
logging.getLogger("lone").warning("last resort: message only on stderr")
adapter = logging.LoggerAdapter(tpl, {"user": "bob"})
tpl.handlers = [th]
adapter.warning("through an adapter")
print(adapter, logging.lastResort, logging.BASIC_FORMAT)
