from os.path import join, splitext as split_ext
import os
print(join("a", "b"), split_ext("x.txt")[1])
print(os.path.join("root", "", "leaf"))
