# An attribute on a later line than its object (a method chain split over lines): CPython 3.11 places the
# attribute's instructions, and a method call's, at the attribute's name, so tracebacks show that line.
import re
import traceback


class Box:
    def __init__(self):
        self.items = [3, 1, 2]

    def fail(self, *args):
        raise ValueError("inside the method")


def show(action):
    try:
        action()
    except Exception:
        text = "".join(traceback.format_exc().splitlines(True)[3:])
        print(re.sub(r'File ".*?([^/"]+)"', r'File "\1"', text))


text = "abc"
box = Box()


def load_missing():
    v = (text
         .nothing)


def chain():
    (box.items
        .sort()
        .reverse())


def method_raises():
    n = (text
         .index("z"))


def store_on_none():
    target = None
    (target
     .attr) = 5


def delete_missing():
    del (box
         .missing)


def aug_assign_missing():
    (box
     .count) += 1


def call_split_arguments():
    (box
     .fail(1,
           2))


def name_after_dot():
    (text.
        nothing)


def same_line():
    text.nothing


for action in (load_missing, chain, method_raises, store_on_none, delete_missing, aug_assign_missing,
               call_split_arguments, name_after_dot, same_line):
    show(action)
