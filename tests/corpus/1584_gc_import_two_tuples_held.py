# Every parked 2-tuple taken before `import gc`: the import allocates its 2-tuples and parks them afterwards.
held = [(i, i) for i in range(100)]
import gc
after = gc.get_count()
more = [(i, i) for i in range(10)]
print(after, gc.get_count(), len(held))
