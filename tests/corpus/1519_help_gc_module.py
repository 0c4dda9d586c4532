import gc
help(gc)
