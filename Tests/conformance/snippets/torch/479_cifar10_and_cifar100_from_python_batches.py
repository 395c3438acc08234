# Writes a tiny CIFAR-10 and CIFAR-100 in the layout of the official cifar-10-python.tar.gz and
# cifar-100-python.tar.gz (Python 2 pickles, protocol 2, of dicts holding a uint8 ndarray), then
# reads them with torchvision.datasets.CIFAR10 and CIFAR100.
import os
import struct
import numpy as np
import torch
import torchvision
from torchvision import transforms


def binstring(b):
    return (b"U" + bytes([len(b)]) + b) if len(b) < 256 else (b"T" + struct.pack("<I", len(b)) + b)


def binint(n):
    return b"K" + bytes([n]) if n < 256 else b"J" + struct.pack("<i", n)


def py2_pickle(entries):
    # dict of str keys -> list of ints, list of str, or a 2-D uint8 ndarray, as Python 2's cPickle wrote them
    out = b"\x80\x02}q\x00("
    for key, value in entries:
        out += binstring(key.encode())
        if isinstance(value, np.ndarray):
            out += b"cnumpy.core.multiarray\n_reconstruct\nq\x01cnumpy\nndarray\nq\x02K\x00\x85U\x01b\x87R"
            out += b"(K\x01" + binint(value.shape[0]) + binint(value.shape[1]) + b"\x86"
            out += b"cnumpy\ndtype\nq\x03U\x02u1K\x00K\x01\x87R(K\x03U\x01|NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00tb"
            out += b"\x89" + binstring(bytes(value.ravel().tolist())) + b"tb"
        elif isinstance(value, int):
            out += binint(value)
        else:
            out += b"]("
            for item in value:
                out += binstring(item.encode()) if isinstance(item, str) else binint(item)
            out += b"e"
    return out + b"u."


rng = np.random.default_rng(0)
names = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
os.makedirs("cifar/cifar-10-batches-py")
for i, file in enumerate([f"data_batch_{k}" for k in range(1, 6)] + ["test_batch"]):
    data = rng.integers(0, 256, size=(2, 3072)).astype(np.uint8)
    with open("cifar/cifar-10-batches-py/" + file, "wb") as f:
        f.write(py2_pickle([("batch_label", f"batch {i}"), ("labels", [i % 10, (3 * i + 1) % 10]), ("data", data)]))
with open("cifar/cifar-10-batches-py/batches.meta", "wb") as f:
    f.write(py2_pickle([("num_cases_per_batch", 2), ("label_names", names), ("num_vis", 3072)]))



class TinyCIFAR10(torchvision.datasets.CIFAR10):
    # torchvision checks each file's md5 against the official archive's; None only checks it exists.
    train_list = [[f"data_batch_{k}", None] for k in range(1, 6)]
    test_list = [["test_batch", None]]
    meta = {"filename": "batches.meta", "key": "label_names", "md5": None}


train = TinyCIFAR10("cifar", train=True)
test = TinyCIFAR10(root="cifar", train=False, transform=transforms.ToTensor())
print(len(train), len(test))
print(type(train.data).__name__, train.data.shape, train.data.max() <= 255)
print(train.targets)
print(train.classes)
print(train.class_to_idx["cat"])
print(train.data[3, :2, :2])
img, label = train[3]
print(type(img).__name__, img.size, img.mode, label)
print(np.array(img)[0, 0], img.getpixel((1, 0)))
x, y = test[1]
print(x.shape, x.dtype, y)
print(x[:, 0, :3])
print(test)
loader = torch.utils.data.DataLoader(test, batch_size=2)
images, labels = next(iter(loader))
print(images.shape, labels)
try:
    torchvision.datasets.CIFAR10("nowhere", train=True)
except RuntimeError as e:
    print("RuntimeError")

# CIFAR-100: 'train', 'test' and 'meta', with fine and coarse labels
rng = np.random.default_rng(1)
os.makedirs("c100/cifar-100-python")
for file, n in [("train", 3), ("test", 2)]:
    entry = [("filenames", [f"img_{i}.png" for i in range(n)]), ("batch_label", file),
             ("fine_labels", [int(v) for v in rng.integers(0, 100, size=n)]),
             ("coarse_labels", [int(v) for v in rng.integers(0, 20, size=n)]),
             ("data", rng.integers(0, 256, size=(n, 3072)).astype(np.uint8))]
    with open("c100/cifar-100-python/" + file, "wb") as f:
        f.write(py2_pickle(entry))
with open("c100/cifar-100-python/meta", "wb") as f:
    f.write(py2_pickle([("fine_label_names", [f"fine{i}" for i in range(100)]),
                        ("coarse_label_names", [f"coarse{i}" for i in range(20)])]))


class TinyCIFAR100(torchvision.datasets.CIFAR100):
    # torchvision checks each file's md5 against the official archive's; None only checks it exists.
    train_list = [["train", None]]
    test_list = [["test", None]]
    meta = {"filename": "meta", "key": "fine_label_names", "md5": None}


train = TinyCIFAR100("c100")
print(len(train), train.data.shape, train.targets)
print(train.classes[:3], len(train.classes))
img, label = train[2]
print(img.size, label, img.getpixel((31, 31)))
test = TinyCIFAR100("c100", train=False, target_transform=lambda t: t * 10)
print(test[0][1], test[1][1])
