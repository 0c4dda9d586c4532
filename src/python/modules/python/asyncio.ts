// The asyncio module in our Python subset, in the spirit of CPython 3.11's (one module here, not a package):
// this part has its exceptions, the loop's callback handles and get_event_loop()/set_event_loop(). The event
// loop is in asyncioLoop.ts, futures and tasks in asyncioFutures.ts, sleep()/run()/gather()/wait() and the
// like in asyncioRunners.ts, timeouts and TaskGroup in asyncioGroups.ts, locks in asyncioLocks.ts, queues in
// asyncioQueues.ts; they run as one source, in that order.

export const ASYNCIO_PY = String.raw`
import sys
import math
import time
import heapq
import collections
import functools

__all__ = ['run', 'Runner', 'get_event_loop', 'get_running_loop', 'new_event_loop', 'set_event_loop',
           'AbstractEventLoop', 'BaseEventLoop', 'SelectorEventLoop', 'Handle', 'TimerHandle',
           'CancelledError', 'InvalidStateError', 'TimeoutError', 'BrokenBarrierError', 'QueueEmpty', 'QueueFull',
           'Future', 'Task', 'isfuture', 'iscoroutine', 'iscoroutinefunction', 'create_task', 'ensure_future',
           'current_task', 'all_tasks', 'sleep', 'gather', 'shield', 'wait', 'wait_for', 'as_completed',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'Timeout', 'timeout', 'timeout_at', 'TaskGroup',
           'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Queue', 'PriorityQueue', 'LifoQueue',
           'to_thread']


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


for _error in (CancelledError, InvalidStateError, BrokenBarrierError):
    _error.__module__ = 'asyncio.exceptions'
TimeoutError = TimeoutError  # asyncio.TimeoutError is the builtin one since 3.11


class Handle:
    """A callback scheduled by call_soon(): run once by the loop unless cancelled first."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def __repr__(self):
        name = getattr(self._callback, '__qualname__', None) or repr(self._callback)
        state = ' cancelled' if self._cancelled else ''
        return '<%s%s %s()>' % (type(self).__name__, state, name)

    def get_context(self):
        return None

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback %s' % self._describe(),
                'exception': exc,
                'handle': self,
            })

    def _describe(self):
        # As CPython's format_helpers: the callback's name, its arguments, and where the function was defined.
        callback = self._callback
        text = '%s(%s)' % (getattr(callback, '__qualname__', None) or repr(callback),
                           ', '.join(repr(arg) for arg in self._args))
        code = getattr(callback, '__code__', None)
        if code is not None:
            text += ' at %s:%s' % (code.co_filename, code.co_firstlineno)
        return text


class TimerHandle(Handle):
    """A callback scheduled by call_later()/call_at(): ordered on the loop's heap by its time alone, as CPython's."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


for _handle_class in (Handle, TimerHandle):
    _handle_class.__module__ = 'asyncio.events'

_running_loop = None
_current_loop = None
_current_loop_was_set = False


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop; else the loop set for this thread, made on the first call as CPython's policy does."""
    global _current_loop, _current_loop_was_set
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None and not _current_loop_was_set:
        set_event_loop(new_event_loop())
    if _current_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _current_loop


_get_event_loop = get_event_loop


def set_event_loop(loop):
    global _current_loop, _current_loop_was_set
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError("loop must be an instance of AbstractEventLoop or None, not '%s'" % type(loop).__name__)
    _current_loop_was_set = True
    _current_loop = loop


def new_event_loop():
    return _UnixSelectorEventLoop()


`;
