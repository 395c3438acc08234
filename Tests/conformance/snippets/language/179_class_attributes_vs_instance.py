class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.value = 0
a = Counter()
b = Counter()
a.value = 5
print(Counter.instances, a.instances, a.value, b.value)
b.instances = 99
print(Counter.instances, b.instances)
