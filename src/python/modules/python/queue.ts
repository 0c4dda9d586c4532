// The queue module in our Python subset, for one thread: Queue, LifoQueue, PriorityQueue and SimpleQueue with
// CPython's methods and exceptions. A wait with a timeout advances the clock and raises Empty/Full as CPython's
// does; a wait without one (which would never end, nothing else running to change the queue) raises RuntimeError.

export const QUEUE_PY = String.raw`
import time
from collections import deque
from heapq import heappush, heappop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) or get(timeout=...) when the queue stays empty."""


Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by put(block=False) or put(timeout=...) when the queue stays full."""


def _wait(timeout, what, exception):
    # One thread runs here: nothing can change the queue while a call waits. With a timeout, the wait ends as
    # CPython's does (the clock advances, then the exception); without one, CPython would wait forever.
    if timeout is None:
        raise RuntimeError('%s would wait forever: no other thread runs here to %s' % what)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    time.sleep(timeout)
    raise exception


class Queue:
    """A first-in first-out queue, bounded when maxsize > 0."""

    __class_getitem__ = _class_getitem

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        if self.unfinished_tasks:
            raise RuntimeError('join() would wait forever: %d unfinished tasks and no other thread runs here to '
                               'call task_done()' % self.unfinished_tasks)

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if 0 < self.maxsize <= self._qsize():
            if not block:
                raise Full
            _wait(timeout, ('put() on a full queue', 'get an item'), Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if not block:
                raise Empty
            _wait(timeout, ('get() on an empty queue', 'put an item'), Empty)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that gives the smallest item first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that gives the last item put first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue, without task tracking."""

    __class_getitem__ = _class_getitem

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block:
                raise Empty
            _wait(timeout, ('get() on an empty queue', 'put an item'), Empty)
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)


SimpleQueue.__module__ = '_queue'
del _class_getitem
`;
