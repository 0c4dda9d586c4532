# One 1-tuple parked before `import gc`: the import takes it, then allocates one more.
held = [(i,) for i in range(100)]
del held[99:]
import gc
after = gc.get_count()
more = [(i,) for i in range(10)]
print(after, gc.get_count(), len(held))
