# textwrap breaks words where CPython's wordsep_re does: after a hyphen with two letters (or letter-hyphen-letter)
# before it and a letter, an optional hyphen and a letter after it; an em-dash (two or more hyphens) between
# words is a chunk of its own; digits are no letters.
import textwrap

w = textwrap.TextWrapper()
for text in ["and e-mail", "ab-c abc-123 x-ray", "It is a well--known fact", "a-b-c-d", "ab-cd-ef",
             "well-known--and so-called", "x--y", "--dash", "trailing-", "re-re-re-enter", "co-op_x-yz",
             "e-e-mail", "3-d ab-3d ab-de", "über-cool naïve-ish", "semi-colon; hy-phen.", "a -- b", "mid---dle",
             "x-y-z-w abc--", "!!--go", "end.--Start"]:
    print(repr(text), w._split(text))
print(textwrap.wrap("and e-mail", 7))
print(textwrap.wrap("It is a well--known fact", 12))
print(textwrap.wrap("The quick-brown fox jumps over the lazy-dog's back-yard fence", 10))
print(textwrap.wrap("anti-disestablishment-arianism is long", 8))
print(textwrap.fill("A self-contained, well-tested, ready-to-use wrapper--really.", 15))
print(textwrap.wrap("no-break-on-hyphens here", 9, break_on_hyphens=False))
print(textwrap.TextWrapper(break_on_hyphens=False)._split("a-b  c--d"))
