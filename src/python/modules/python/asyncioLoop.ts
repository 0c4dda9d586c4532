// asyncio's event loop: a FIFO of ready callbacks and a heap of timers on the simulated clock, as CPython's
// BaseEventLoop (run_forever, run_until_complete, call_soon/call_later/call_at, the exception handler).

export const ASYNCIO_LOOP_PY = String.raw`

def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class AbstractEventLoop:
    """Abstract event loop."""


class BaseEventLoop(AbstractEventLoop):
    """One thread's event loop: a FIFO of ready callbacks and a heap of timers.

    The clock is the time module's monotonic clock. When no callback is ready, the loop waits for the next timer
    with time.sleep(); in this playground time.sleep() only advances the simulated clock, so nothing really
    sleeps: a program that sleeps for an hour finishes at once, with the clocks reading an hour later.
    """

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._timer_cancelled_count = 0
        self._task_factory = None

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (type(self).__name__, self.is_running(), self.is_closed(),
                                                      self.get_debug())

    def time(self):
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return Task(coro, loop=self, name=name, context=context)
        task = self._task_factory(self, coro)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def run_in_executor(self, executor, func, *args):
        # No threads here: the function runs now, and the future it returns is already done.
        self._check_closed()
        future = self.create_future()
        try:
            future.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        return future

    def _run_once(self):
        # Timers cancelled at the heap's top go first, as in CPython's BaseEventLoop._run_once.
        while self._scheduled and self._scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(self._scheduled)._scheduled = False
        if not self._ready and not self._stopping:
            if not self._scheduled:
                raise RuntimeError('the event loop would wait forever: no callback is ready and no timer is pending '
                                   '(python3 would hang here)')
            wait = self._scheduled[0]._when - self.time()
            if wait > 0:
                # epoll waits in whole milliseconds, rounded up (CPython's selectors): timers due within that
                # millisecond run in this same turn. The simulated clock jumps there (see the class's docstring).
                time.sleep(math.ceil(wait * 1e3) * 1e-3)
        end_time = self.time() + 1e-09
        while self._scheduled:
            timer = self._scheduled[0]
            if timer._when >= end_time:
                break
            timer = heapq.heappop(self._scheduled)
            timer._scheduled = False
            self._ready.append(timer)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got %r' % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append('%s: %r' % (key, context[key]))
        print('\n'.join(lines), file=sys.stderr)
        exception = context.get('exception')
        if exception is not None:
            import traceback
            traceback.print_exception(type(exception), exception, exception.__traceback__, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The event loop new_event_loop() makes."""


SelectorEventLoop = _UnixSelectorEventLoop
for _loop_class in (AbstractEventLoop,):
    _loop_class.__module__ = 'asyncio.events'
for _loop_class in (BaseEventLoop,):
    _loop_class.__module__ = 'asyncio.base_events'
_UnixSelectorEventLoop.__module__ = 'asyncio.unix_events'
`;
