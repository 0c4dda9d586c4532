# Dicts alive before `import gc` empty the dict free list: the import's three dicts are new, and one of them stays (the module's namespace).
held = [{} for i in range(30)]
import gc
after = gc.get_count()
more = [{} for i in range(10)]
print(after, gc.get_count(), len(held))
