# queue without threads: Queue (bounded and not), LifoQueue, PriorityQueue, SimpleQueue, put/get with block and
# timeout, Empty/Full, task_done/join, and the classes' generic aliases.
import queue
import time

q = queue.Queue(maxsize=2)
print(type(q).__name__, q.maxsize, q.qsize(), q.empty(), q.full(), q.queue, q.unfinished_tasks)
q.put("a")
q.put_nowait("b")
print(q.full(), q.qsize(), q.queue, q.unfinished_tasks)
try:
    q.put("c", block=False)
except queue.Full as e:
    print("Full", repr(e), repr(str(e)), type(e), queue.Full.__module__, queue.Empty.__module__, queue.Empty)
start = time.time()
try:
    q.put("c", timeout=0.25)
except queue.Full:
    print("Full after waiting", time.time() - start >= 0.25)
for bad in [-1, -0.5]:
    try:
        q.put("c", timeout=bad)
    except ValueError as e:
        print(e)
print(q.get(), q.get_nowait(), q.empty())
for call in [q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.1), lambda: q.get(True, 0)]:
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e), isinstance(e, Exception))
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
q.task_done()
q.task_done()
print(q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print(e)
q.join()
print("joined")

unbounded = queue.Queue()
for i in range(1000):
    unbounded.put(i)
print(unbounded.full(), unbounded.qsize(), sum(unbounded.get() for _ in range(500)), queue.Queue(-1).full())

lifo = queue.LifoQueue()
for word in "one two three".split():
    lifo.put(word)
print(lifo.queue, [lifo.get() for _ in range(lifo.qsize())])

tasks = queue.PriorityQueue()
for item in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    tasks.put(item)
order = []
while not tasks.empty():
    order.append(tasks.get())
print(order)
tasks.put(5)
try:
    tasks.put("text")
except TypeError as e:
    print("TypeError", e)

simple = queue.SimpleQueue()
simple.put(1)
simple.put_nowait(2)
simple.put(3, block=False, timeout=5)
print(type(simple), simple.qsize(), simple.empty(), simple.get(), simple.get_nowait(), simple.get(timeout=1))
try:
    simple.get(block=False)
except queue.Empty:
    print("simple is empty", simple.empty())
print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[tuple[int, str]])
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(sorted(n for n in dir(queue.Queue) if not n.startswith('__')))
print(sorted(n for n in dir(queue.SimpleQueue) if not n.startswith('__')))


class Bounded(queue.Queue):
    def _put(self, item):
        super()._put(item * 10)


b = Bounded(3)
for i in range(3):
    b.put(i)
print(b.queue, b.full())
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    import traceback
    print(traceback.format_exception_only(type(e), e))
