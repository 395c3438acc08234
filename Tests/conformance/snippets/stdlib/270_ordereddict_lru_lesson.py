from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity, self.data = capacity, OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
cache = LRU(2)
cache.put('a', 1); cache.put('b', 2); cache.get('a'); cache.put('c', 3)
print(list(cache.data.items()), cache.get('b'), cache.get('a'))
od = OrderedDict((k, 0) for k in 'xyz')
od.move_to_end('x', last=False)
print(od, od.popitem(), list(reversed(od)))
