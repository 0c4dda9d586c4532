# yield from an iterator that is no generator: a value other than None is passed on by its send() method (SEND
# calls it), a list iterator has none (AttributeError), and its StopIteration's value is the result.
class Echo:
    def __init__(self):
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count > 3:
            raise StopIteration(f"stopped after {self.count - 1}")
        return f"next #{self.count}"

    def send(self, value):
        if value == "quit":
            raise StopIteration("quit by send")
        return f"send({value})"


def delegate(it):
    result = yield from it
    print("  result:", result)
    return result


d = delegate(Echo())
print(next(d), d.send(None), d.send("hello"))
try:
    d.send("quit")
except StopIteration as e:
    print("StopIteration:", e.value)

print(list(delegate(Echo())))

lst = delegate([1, 2, 3])
print(next(lst), lst.send(None))
lst.send("x")
