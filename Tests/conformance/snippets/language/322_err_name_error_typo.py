learning_rate = 0.01
print(learning_rate)
print(learning_rte)
