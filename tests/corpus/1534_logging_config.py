# basicConfig's arguments (format, datefmt, level by name, stream, force, filename), its errors, the handler of
# last resort and logging's deprecation of warn().
import logging
import re
import os
import sys

logging.getLogger("early").warning("no handler anywhere: the last resort prints the message alone")
logging.getLogger("early").info("below the last resort's WARNING")
logging.basicConfig(level="DEBUG", format="%(levelname)s|%(name)s|%(module)s.%(funcName)s|%(message)s",
                    stream=sys.stdout)
logging.debug("debug now shown")
logging.basicConfig(level=logging.ERROR)  # ignored: the root has a handler
print(logging.root.level, logging.root.handlers[0].formatter._fmt)


def work():
    logging.getLogger(__name__).info("inside %s", "work")


work()
logging.basicConfig(force=True, stream=sys.stdout, style="{", format="{levelname:>8} {message!r}")
logging.warning("braces")
import io
buffer = io.StringIO()
logging.basicConfig(force=True, stream=buffer, format="%(asctime)s %(msecs)03d %(message)s", datefmt="%Y/%m/%d")
logging.error("timed")
print(re.sub(r"\d", "9", buffer.getvalue()), end="")
logging.basicConfig(force=True, stream=sys.stdout, format="[%(levelno)d] %(message)s", level=logging.INFO)
logging.log(logging.INFO, "via log()")
logging.log(5, "below")
logging.fatal("fatal is critical")
logging.getLogger().warning("%s and %s", "one", "two")
for kwargs in [{"stream": sys.stdout, "filename": "x.log"}, {"handlers": [], "stream": sys.stdout},
               {"style": "?"}, {"colour": "red", "size": 3}, {"level": "LOUDEST"}]:
    try:
        logging.basicConfig(force=True, **kwargs)
        print("configured", kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.basicConfig(force=True, stream=sys.stdout, format="%(message)s")
logging.root.warn("warn is deprecated")
logging.warn("so is the function")
logging.basicConfig(force=True, filename="playground_1534.log", filemode="w", format="%(levelname)s:%(message)s")
logging.warning("into the file")
logging.error("second line")
handler = logging.root.handlers[0]
print(type(handler).__name__, handler.mode, handler.baseFilename.endswith("playground_1534.log"))
logging.shutdown()
with open("playground_1534.log") as f:
    print(repr(f.read()))
os.remove("playground_1534.log")
