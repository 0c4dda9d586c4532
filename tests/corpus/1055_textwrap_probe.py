# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, width=30))
print(textwrap.wrap("  leading  spaces   here  ", 10))
print(textwrap.wrap("a verylongwordthatdoesnotfit b", 8))
print(textwrap.wrap("a verylongwordthatdoesnotfit b", 8, break_long_words=False))
print(textwrap.fill("one two three four five", 10, initial_indent="* ", subsequent_indent="  "))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.dedent("  x\n\n  y")), repr(textwrap.dedent("\ta\n    b")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)))
print(textwrap.shorten("Hello  world!  This is long", width=12), textwrap.shorten("Hi there", 20))
print(textwrap.wrap("tab\there and-hyphenated-words-here ok", 12))
print(textwrap.wrap("", 10), textwrap.wrap("word", 10, max_lines=1))
print(textwrap.wrap("one two three four five six", 12, max_lines=2))
print(textwrap.wrap("Sentence one.  Two", 40, fix_sentence_endings=True))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
w = textwrap.TextWrapper(width=15, drop_whitespace=False)
print(w.wrap("hello world foo bar"))
doc = """
    def f():
        return 1
"""
print(textwrap.dedent(doc))
print(textwrap.indent(textwrap.dedent(doc).strip(), "    | "))
print(textwrap.fill("x " * 40, 25, max_lines=3, placeholder=" ..."))
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [more]")
except ValueError as e:
    print(e)
print(textwrap.wrap("well-known state-of-the-art X-ray", 9))
