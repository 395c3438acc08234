模型 = 3
批次大小 = 64
学习率 = 0.01
print(模型, 批次大小, 学习率)
print(批次大小 * 模型)
def 平方(x):
    return x * x
print(平方(批次大小))
