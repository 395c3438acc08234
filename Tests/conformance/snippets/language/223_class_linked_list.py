class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items):
        self.head = None
        for x in reversed(items):
            self.head = Node(x, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
ll = LinkedList([1, 2, 3])
print(list(ll), sum(ll))
