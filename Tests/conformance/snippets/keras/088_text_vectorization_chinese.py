import numpy as np
import keras
from keras import layers

诗 = ["床前明月光，疑是地上霜。", "举头望明月，低头思故乡。", "春眠不觉晓，处处闻啼鸟。", "夜来风雨声，花落知多少。"]
字 = layers.TextVectorization(split="character", standardize=None, output_sequence_length=12)
字.adapt(诗)
词表 = 字.get_vocabulary()
print(len(词表), 词表[:12])
序列 = np.asarray(字(诗[:2]))
print(序列.tolist())
print("".join(词表[i] for i in 序列[0] if i > 1))
print(np.asarray(字(["明月照高楼"])).tolist())

标点 = layers.TextVectorization(split="character", max_tokens=8)
标点.adapt(["Hi, 你好！你好", "OK. 好的"])
print(标点.get_vocabulary())

整句 = layers.TextVectorization(split=None, standardize=None)
整句.adapt(["床前明月光", "疑是地上霜", "床前明月光"])
print(整句.get_vocabulary(), np.asarray(整句(["床前明月光", "举头望明月"])).tolist())

空格 = layers.TextVectorization(output_mode="multi_hot")
空格.adapt([" ".join(s) for s in 诗])
print(空格.vocabulary_size(), np.asarray(空格([" ".join("明月光光")])).sum())

计数 = layers.TextVectorization(split="character", standardize=None, output_mode="count", max_tokens=6)
计数.adapt(诗)
print(计数.get_vocabulary(), np.asarray(计数(["明月明月头", "春"])).tolist())
