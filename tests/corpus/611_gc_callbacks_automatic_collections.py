import gc
def report(phase, info):
    if phase == "stop" and info["collected"]:
        print(phase, info["generation"], info["collected"], gc.get_count())
gc.callbacks.append(report)
gc.collect()
for i in range(3000):
    a = []
    a.append(a)
print(gc.get_count())
gc.callbacks.clear()
print(gc.collect(), gc.get_count())
