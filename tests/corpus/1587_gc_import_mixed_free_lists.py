# 1-tuples, 2-tuples and dicts alive before `import gc`, then freed: each free list refills, and the import takes from all three.
ones = [(i,) for i in range(50)]
twos = [(i, i) for i in range(50)]
maps = [{} for i in range(20)]
del ones[49:], twos[48:], maps[19:]
import gc
after = gc.get_count()
del ones, twos, maps
print(after, gc.get_count())
