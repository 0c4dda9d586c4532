// heapq's functions CPython writes in Python (merge, nsmallest, nlargest), in our Python subset over _heapq:
// the same comparisons in the same order, so results and __lt__ side effects match.

export const HEAPQ_PY = `
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapify_max, _heapreplace_max

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    # Each entry is [key or value, input order (ties keep input order), ..., iterator].
    heap = []
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    if key is None:
        for order, source in enumerate(map(iter, iterables)):
            try:
                heap.append([next(source), order * direction, source])
            except StopIteration:
                pass
        make_heap(heap)
        while len(heap) > 1:
            try:
                while True:
                    value, order, source = entry = heap[0]
                    yield value
                    entry[0] = next(source)
                    replace(heap, entry)
            except StopIteration:
                pop(heap)
        if heap:
            value, order, source = heap[0]
            yield value
            yield from source
        return
    for order, source in enumerate(map(iter, iterables)):
        try:
            value = next(source)
            heap.append([key(value), order * direction, value, source])
        except StopIteration:
            pass
    make_heap(heap)
    while len(heap) > 1:
        try:
            while True:
                key_value, order, value, source = entry = heap[0]
                yield value
                value = next(source)
                entry[0] = key(value)
                entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        key_value, order, value, source = heap[0]
        yield value
        yield from source


def nsmallest(n, iterable, key=None):
    if n == 1:
        source = iter(iterable)
        missing = object()
        found = min(source, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # A max-heap of the n best so far; the index breaks ties in input order.
    if key is None:
        source = iter(iterable)
        best = [(elem, i) for i, elem in zip(range(n), source)]
        if not best:
            return best
        _heapify_max(best)
        worst = best[0][0]
        order = n
        for elem in source:
            if elem < worst:
                _heapreplace_max(best, (elem, order))
                worst, _order = best[0]
                order += 1
        best.sort()
        return [elem for (elem, order) in best]
    source = iter(iterable)
    best = [(key(elem), i, elem) for i, elem in zip(range(n), source)]
    if not best:
        return best
    _heapify_max(best)
    worst = best[0][0]
    order = n
    for elem in source:
        k = key(elem)
        if k < worst:
            _heapreplace_max(best, (k, order, elem))
            worst, _order, _elem = best[0]
            order += 1
    best.sort()
    return [elem for (k, order, elem) in best]


def nlargest(n, iterable, key=None):
    if n == 1:
        source = iter(iterable)
        missing = object()
        found = max(source, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n best so far; decreasing indices break ties in input order.
    if key is None:
        source = iter(iterable)
        best = [(elem, i) for i, elem in zip(range(0, -n, -1), source)]
        if not best:
            return best
        heapify(best)
        worst = best[0][0]
        order = -n
        for elem in source:
            if worst < elem:
                heapreplace(best, (elem, order))
                worst, _order = best[0]
                order -= 1
        best.sort(reverse=True)
        return [elem for (elem, order) in best]
    source = iter(iterable)
    best = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), source)]
    if not best:
        return best
    heapify(best)
    worst = best[0][0]
    order = -n
    for elem in source:
        k = key(elem)
        if worst < k:
            heapreplace(best, (k, order, elem))
            worst, _order, _elem = best[0]
            order -= 1
    best.sort(reverse=True)
    return [elem for (k, order, elem) in best]
`;
