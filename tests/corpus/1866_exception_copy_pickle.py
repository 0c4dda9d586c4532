# Exceptions copy and pickle as CPython's: BaseException.__reduce__ gives (class, args) and the instance dict when
# there is one, __setstate__ sets its items back (copy.copy, copy.deepcopy, pickle round trips).
import copy, pickle
e = ValueError("x", 2)
c = copy.copy(e)
print(type(c).__name__, c.args, c is e)
class MyErr(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
m = MyErr("bad", 7)
d = copy.deepcopy(m)
print(type(d).__name__, d.args, d.code, d.__dict__)
print(ValueError("v").__reduce__())
print(m.__reduce__()[0].__name__, m.__reduce__()[1:])
data = [KeyError("k"), {"e": IndexError(3)}]
dc = copy.deepcopy(data)
print(dc, dc[0] is data[0])
k = KeyError("z")
k.__dict__
print(k.__reduce__())
print(pickle.loads(pickle.dumps(MyErr("p", 3))).code)
