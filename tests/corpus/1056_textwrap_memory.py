# textwrap and memory: every line is a new string; the wrapper keeps no reference to the text it wrapped.
import gc
import sys
import textwrap

text = "alpha beta gamma delta epsilon " * 4
before = sys.getrefcount(text)
lines = textwrap.wrap(text, 18)
print(len(lines), "lines; text refs unchanged:", sys.getrefcount(text) - before)
print("sizes:", [sys.getsizeof(line) for line in lines[:3]], sys.getsizeof(lines))
wrapper = textwrap.TextWrapper(width=12)
wrapper.owner = wrapper
print("wrapper refs:", sys.getrefcount(wrapper))
gc.collect()
del wrapper
print("collected the self-referencing wrapper:", gc.collect() > 0)
same = textwrap.dedent("no indent")
print(same == "no indent", sys.getrefcount(lines[0]))
