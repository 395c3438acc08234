class Base:
    def forward(self, x):
        raise NotImplementedError
Base().forward(1)
