extension PythonLibrary {
    /// `import heapq`, in Cellgrad Python (compiled on first import).
    static let heapq = #"""
"""Heap queue: a list kept so that heap[0] is its smallest item (heap[k] <= heap[2k+1], heap[2k+2])."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _check(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f'{name}() argument 1 must be list, not {type(heap).__name__}')


def _sift_up(heap, pos):
    # Move the item at pos towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Move the item at pos down, swapping with its smaller child, until both children are larger.
    n = len(heap)
    item = heap[pos]
    child = 2 * pos + 1
    while child < n:
        right = child + 1
        if right < n and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        else:
            break
    heap[pos] = item


def heappush(heap, item, /):
    """Pushes item onto the heap, keeping the heap invariant."""
    _check(heap, 'heappush')
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    """Removes and returns the smallest item of the heap, keeping the heap invariant."""
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pops and returns the smallest item, then pushes item; the heap must not be empty."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Pushes item, then pops and returns the smallest item; faster than heappush followed by heappop."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x, /):
    """Rearranges the list x into a heap, in place, in linear time."""
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def nsmallest(n, iterable, key=None):
    """A list of the n smallest items of iterable, smallest first (key ranks them)."""
    # sorted() is stable, so equal items keep their input order, as in CPython.
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    """A list of the n largest items of iterable, largest first (key ranks them)."""
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables, key=None, reverse=False):
    """The items of several sorted iterables, in one sorted order (lazily)."""
    iterators = [iter(it) for it in iterables]
    heads = []
    for order, it in enumerate(iterators):
        for value in it:
            heads.append([value if key is None else key(value), order, value, it])
            break
    while heads:
        best = None
        for entry in heads:
            if best is None:
                best = entry
            elif reverse:
                if entry[0] > best[0] or (not best[0] > entry[0] and not entry[0] < best[0] and entry[1] < best[1]):
                    best = entry
            elif entry[0] < best[0] or (not best[0] < entry[0] and entry[1] < best[1]):
                best = entry
        yield best[2]
        for value in best[3]:
            best[0] = value if key is None else key(value)
            best[2] = value
            break
        else:
            heads.remove(best)
"""#
}
