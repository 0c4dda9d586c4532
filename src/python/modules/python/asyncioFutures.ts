// asyncio's Future and Task (a Task steps its coroutine with send/throw as CPython's Task.__step, so tasks
// run and print in python3's order), current_task(), all_tasks() and create_task().

export const ASYNCIO_FUTURES_PY = String.raw`

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and obj._asyncio_future_blocking is not None


class Future:
    """A result that will be set later: awaiting it suspends the task until it is done."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=%r' % (self._result,))
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        # The CancelledError the task's coroutine raised, when it did, else a new one with the cancel message.
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [callback for callback in self._callbacks if callback != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the task waits on this future, and resumes us when it is done
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


_all_tasks = {}
_current_tasks = {}
_task_name_counter = 0


def _coroutine_type():
    async def probe():
        pass
    coro = probe()
    coro.close()
    return type(coro)


_CoroutineType = _coroutine_type()
_is_coroutine = object()  # the mark CPython's asyncio.coroutines puts on functions that make coroutines


def iscoroutine(obj):
    import types
    if isinstance(obj, (_CoroutineType, types.GeneratorType)):
        return True
    t = type(obj)
    return all(callable(getattr(t, name, None)) for name in ('send', 'throw', 'close', '__await__'))


def iscoroutinefunction(func):
    import functools
    while isinstance(func, functools.partial):
        func = func.func
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    if code is not None and getattr(code, 'co_flags', 0) & 0x80:  # CO_COROUTINE
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


class Task(Future):
    """A coroutine run by the event loop, one step (send or throw) at a time, as CPython's Task.__step."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_name_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            _task_name_counter += 1
            self._name = 'Task-%d' % _task_name_counter
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._loop.call_soon(self._step)
        _all_tasks[self] = None

    def _repr_info(self):
        info = [self._state.lower()]
        if self._must_cancel:
            info[0] = 'cancelling'
        info.append('name=%r' % (self._name,))
        info.append('coro=<%s>' % _format_coroutine(self._coro))
        if self._state == _FINISHED:
            info.extend(Future._repr_info(self)[1:])
        if self._fut_waiter is not None:
            info.append('wait_for=%r' % (self._fut_waiter,))
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True  # the next step throws CancelledError into the coroutine
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self._step_run(exc)
        finally:
            _leave_task(self._loop, self)

    def _step_run(self, exc):
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False  # cancelled right before the coroutine returned
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self._step_yielded(result)
        if self.done():
            _all_tasks.pop(self, None)

    def _step_yielded(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                error = RuntimeError('Task %r got Future %r attached to a different loop' % (self, result))
            elif not blocking:
                error = RuntimeError('yield was used instead of yield from in task %r with %r' % (self, result))
            elif result is self:
                error = RuntimeError('Task cannot await on itself: %r' % (self,))
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                return
            self._loop.call_soon(self._step, error)
        elif result is None:
            self._loop.call_soon(self._step)  # a bare yield: give the other callbacks one turn
        else:
            import types
            if isinstance(result, types.GeneratorType):
                error = RuntimeError('yield was used instead of yield from for generator in task %r with %r'
                                     % (self, result))
            else:
                error = RuntimeError('Task got bad yield: %r' % (result,))
            self._loop.call_soon(self._step, error)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)  # the awaited future's exception (or cancellation) goes into the coroutine
        else:
            self._step()


Future.__module__ = '_asyncio'
Task.__module__ = '_asyncio'


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if frame is not None:
        return '%s() running at %s:%s' % (name, frame.f_code.co_filename, frame.f_lineno)
    if code is not None:
        return '%s() done, defined at %s:%s' % (name, code.co_filename, code.co_firstlineno)
    return '%s()' % name


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError('Cannot enter into task %r while another task %r is being executed.' % (task, current))
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError('Leaving task %r does not match the current task %r.' % (task, current))
    del _current_tasks[loop]


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {task for task in list(_all_tasks) if task._loop is loop and not task.done()}


def create_task(coro, *, name=None, context=None):
    task = get_running_loop().create_task(coro)
    if name is not None:
        task.set_name(name)
    return task


`;
