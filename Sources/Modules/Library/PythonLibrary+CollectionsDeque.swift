extension PythonLibrary {
    /// `deque`: a double-ended queue with maxlen and rotate.
    /// Part of `collections` (see PythonLibrary+Collections.swift).
    static let collectionsDeque = #"""
class deque:
    """A double-ended queue, optionally bounded by maxlen (old items fall off the other end).

    The items are self._items[self._head:]: popleft vacates a slot at the front instead of
    shifting the list, and appendleft fills vacated slots (growing a free prefix as long as
    the deque when none is left), so both ends are O(1) amortized as in CPython.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _live(self):
        """The items as one list without the vacated front (compacted in place)."""
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        items = self._items
        if not self._head:
            room = max(len(items), 8)
            items[:0] = [None] * room
            self._head = room
        self._head -= 1
        items[self._head] = x
        if self._maxlen is not None and len(items) - self._head > self._maxlen:
            items.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        items = self._items
        head = self._head
        if head >= len(items):
            raise IndexError('pop from an empty deque')
        x = items[head]
        items[head] = None
        head += 1
        # Drop the vacated front once it outgrows the live part twice over: the copy of the
        # live items is then paid for by the pops that vacated it.
        if head > 2 * (len(items) - head) + 16:
            del items[:head]
            head = 0
        self._head = head
        return x

    def clear(self):
        self._items.clear()
        self._head = 0

    def copy(self):
        return self.__class__(self._items[self._head:], self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._live().count(x)

    def index(self, x, start=0, stop=None):
        items = self._live()
        n = len(items)
        if stop is None:
            stop = n
        for i in range(*slice(start, stop).indices(n)):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        items = self._live()
        if self._maxlen is not None and len(items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items.insert(i, x)

    def remove(self, value):
        items = self._live()
        for i, item in enumerate(items):
            if item is value or item == value:
                del items[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        self._live().reverse()

    def rotate(self, n=1):
        items = self._live()
        size = len(items)
        if size <= 1:
            return
        n = n % size
        if n:
            items[:] = items[-n:] + items[:-n]

    def _index(self, i):
        """The position in self._items of item i."""
        if not isinstance(i, int):
            raise TypeError(f'sequence index must be integer, not {_type_name(i)!r}')
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __reversed__(self):
        return reversed(self._items[self._head:])

    def __contains__(self, x):
        return x in self._live()

    def __repr__(self):
        if self._maxlen is None:
            return f'deque({self._live()!r})'
        return f'deque({self._live()!r}, maxlen={self._maxlen})'

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() == other._live()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() != other._live()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() < other._live()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() <= other._live()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() > other._live()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() >= other._live()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{_type_name(other)}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self.__class__(self._live() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._live() * n
        self._items = []
        self._head = 0
        self.extend(items)
        return self
"""#
}
