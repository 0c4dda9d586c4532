# The library as tutorials use it: collections.Counter and defaultdict counting and grouping words.
from collections import Counter, defaultdict

text = ("the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs " * 40).split()
total = 0
for _ in range(80):
    counts = Counter(text)
    top = counts.most_common(3)
    by_letter = defaultdict(list)
    for word in text[:200]:
        by_letter[word[0]].append(word)
    total += top[0][1] + len(by_letter["t"])
print(total, top, sorted(by_letter)[:5])
