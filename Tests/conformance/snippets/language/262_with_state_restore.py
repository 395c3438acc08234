class NoGrad:
    enabled = True
    def __enter__(self):
        self.prev = NoGrad.enabled
        NoGrad.enabled = False
    def __exit__(self, *exc):
        NoGrad.enabled = self.prev
print(NoGrad.enabled)
with NoGrad():
    print(NoGrad.enabled)
print(NoGrad.enabled)
