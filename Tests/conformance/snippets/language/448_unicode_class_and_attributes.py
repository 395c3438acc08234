class 模型类:
    def __init__(self, 层数):
        self.层数 = 层数
    def 描述(self):
        return f"模型有 {self.层数} 层"
m = 模型类(3)
print(m.描述(), m.层数)
