# More of logging: handler levels, removeHandler, stacklevel and stack_info, captureWarnings, Formatter
# defaults, a Logger subclass, getChild/hasHandlers, records with a mapping argument, and the record factory.
import logging
import sys
import warnings

log = logging.getLogger("more")
log.setLevel(logging.DEBUG)
log.propagate = False
loud = logging.StreamHandler(sys.stdout)
loud.setLevel(logging.WARNING)
loud.setFormatter(logging.Formatter("LOUD %(levelname)s %(message)s"))
everything = logging.StreamHandler(sys.stdout)
everything.setFormatter(logging.Formatter("ALL  %(levelname)s %(message)s [%(funcName)s]"))
everything.set_name("everything")
log.addHandler(loud)
log.addHandler(everything)
log.debug("debug")
log.warning("warning")
print(everything.name, loud.name, loud, [h.name for h in log.handlers])
log.removeHandler(loud)
log.removeHandler(loud)
log.error("only one handler now")


def helper(message):
    log.warning(message, stacklevel=2)


def caller():
    helper("attributed to the caller")


caller()
# On stderr only: the stack names main.py there as python3's does.
log.handlers = [logging.StreamHandler()]
log.handlers[0].setFormatter(logging.Formatter("%(message)s"))
log.info("with the stack", stack_info=True)
log.handlers = [everything]

defaults = logging.Formatter("%(message)s user=%(user)s", defaults={"user": "nobody"})
everything.setFormatter(defaults)
log.info("no user given")
log.info("a user given", extra={"user": "ann"})
everything.setFormatter(logging.Formatter("%(name)s:%(message)s"))
child = log.getChild("child")
print(child.name, child.parent is log, child.hasHandlers(), logging.getLogger("unattached").hasHandlers())
child.info("from the child: %(a)s and %(b)s", {"a": 1, "b": 2})
child.info("a tuple argument %s", (1, 2))
child.info("empty mapping %s", {})

logging.captureWarnings(True)
warnings_log = logging.getLogger("py.warnings")
warnings_log.addHandler(logging.StreamHandler())
warnings_log.propagate = False
warnings.warn("captured into logging")
logging.captureWarnings(False)


class Tagged(logging.Logger):
    def info(self, msg, *args, **kwargs):
        super().info("[tag] " + msg, *args, **kwargs)


logging.setLoggerClass(Tagged)
tagged = logging.getLogger("more.tagged")
logging.setLoggerClass(logging.Logger)
print(type(tagged).__name__, logging.getLoggerClass().__name__, tagged.parent is log)
tagged.info("from a subclass")
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)

original_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = original_factory(*args, **kwargs)
    record.custom = "custom!"
    return record


logging.setLogRecordFactory(factory)
everything.setFormatter(logging.Formatter("%(custom)s %(message)s"))
log.info("made by a factory")
logging.setLogRecordFactory(original_factory)
print(sorted(logging.getLevelNamesMapping().items()))
record = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 30})
print(record.getMessage(), record.levelname, record.name, record.lineno)
