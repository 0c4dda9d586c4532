import gc
gc.collect()
gc.set_threshold(10, 2, 2)
log = []
gc.callbacks.append(lambda phase, info: log.append((phase, info["generation"])) if phase == "start" else None)
for i in range(100):
    x = [i]
    y = (x, i)
print(gc.get_count())
print(log[:6], len(log))
gc.set_threshold(700, 10, 10)
gc.callbacks.clear()
