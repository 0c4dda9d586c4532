# inspect finds its types without making a class, so its import leaves no garbage.
import gc
import inspect
print(gc.collect())
class Greeter:
    def hello(self):
        return "hi"
g = Greeter()
print(inspect.ismethod(g.hello), inspect.isfunction(Greeter.hello), inspect.ismethod(Greeter.hello))
print(gc.collect(), gc.get_count())
