class Net:
    def forward(self, x):
        return x * 2
n = Net()
print(n.forward(2))
n.foward(2)
