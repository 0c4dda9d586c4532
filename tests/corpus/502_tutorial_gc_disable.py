import gc

# Force run garbage collection
print(gc.collect())

# Disable automatic garbage collection
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
