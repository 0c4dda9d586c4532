# gen.close() raises GeneratorExit where the generator is suspended (finally blocks run); gen.throw()
# raises any exception there; a generator that yields while closing is an error.
def worker(name):
    print(name, "starts")
    try:
        while True:
            try:
                received = yield
                print(name, "got", received)
            except ValueError as e:
                print(name, "handled", repr(e))
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "cleanup")

w = worker("w")
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
print(w.throw(ValueError))
w.close()
w.close()
try:
    w.send(2)
except StopIteration as e:
    print("finished:", repr(e))

def stubborn():
    ignored = 0
    while True:
        try:
            yield "value"
        except GeneratorExit:
            ignored += 1
            print("ignoring", ignored)
            if ignored == 2:
                return
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
s.close()
print("closed on the second try")

def returns():
    try:
        yield 1
    except KeyError:
        return "gave up"
r = returns()
next(r)
try:
    r.throw(KeyError)
except StopIteration as e:
    print("return value:", e.value)

def raises():
    yield 1
t = raises()
next(t)
try:
    t.throw(TypeError("passed through"))
except TypeError as e:
    print("propagated:", e)
print(list(t))

u = raises()
try:
    u.throw(IndexError)
except IndexError:
    print("thrown into an unstarted generator")
print(list(u))
v = raises()
v.close()
print(list(v))

def finally_value():
    try:
        yield 1
    finally:
        return "from finally"
f = finally_value()
next(f)
print(f.close())

for bad in [lambda g: g.throw(1), lambda g: g.throw(ValueError("x"), 1), lambda g: g.throw(ValueError, None, 5)]:
    g = worker("x")
    try:
        bad(g)
    except TypeError as e:
        print("TypeError:", e)
