# A __getattr__ that refers to a missing attribute of self recurses until the limit; the except clause runs.
class Config:
    def __init__(self):
        self.values = {}
    def __getattr__(self, name):
        if name in self.settings:
            return self.settings[name]
        raise AttributeError(name)

c = Config()
try:
    c.color
except RecursionError as e:
    print("caught:", type(e).__name__, e)
finally:
    print("finally ran")
c.size
