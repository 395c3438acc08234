class TrainingError(Exception):
    pass
print("epoch 1")
raise TrainingError("loss is nan")
