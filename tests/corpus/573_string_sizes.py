import sys
for s in ["", "a", "hello", "héllo", "ā", "日本", "memory" * 10]:
    print(repr(s), len(s), sys.getsizeof(s))
