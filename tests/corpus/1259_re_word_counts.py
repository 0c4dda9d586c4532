# Text statistics with re: words, sentences, capitalised names, and the Match objects a list keeps alive.
import gc
import re
import sys
from collections import Counter

TEXT = """It was the best of times, it was the worst of times. Mr. Darcy met Elizabeth in London!
Did they meet again? Yes: in Derbyshire, in 1813. The end."""

words = re.findall(r"[A-Za-z']+", TEXT.lower())
print(len(words), Counter(words).most_common(4))
sentences = [s for s in re.split(r'(?<=[.!?])\s+', TEXT) if s]
print(len(sentences), sentences[1])
names = re.findall(r'\b(?:Mr\.\s)?[A-Z][a-z]+\b', TEXT)
print(names)
years = [int(y) for y in re.findall(r'\b\d{4}\b', TEXT)]
print(years)
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m[1].upper() + m[2], 'the tale of two cities'))
print(re.subn(r'\btimes\b', 'days', TEXT)[1])
matches = list(re.finditer(r'\bin\b', TEXT))
print([m.start() for m in matches], sys.getrefcount(matches[0].string) > 1, matches[0].string is TEXT)
del matches
print(gc.collect())
