import gc
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
a = []
a.append(a)
del a
print(gc.collect())
gc.callbacks.remove(cb)
print(log)
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count())
gc.unfreeze()
print(gc.get_freeze_count())
