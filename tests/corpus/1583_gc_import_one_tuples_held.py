# Every parked 1-tuple taken before `import gc`: the import's 1-tuples are new objects, and it parks two afterwards.
held = [(i,) for i in range(100)]
import gc
after = gc.get_count()
more = [(i,) for i in range(10)]
print(after, gc.get_count(), len(held))
