# keras.utils' picture helpers over PIL: load_img (color modes, nearest and bilinear resizing,
# keep_aspect_ratio), img_to_array, array_to_img, save_img and keras.preprocessing.image.
import os
import numpy as np
import keras
from keras.utils import load_img, img_to_array, array_to_img, save_img
from keras.preprocessing import image as kimage

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
png, grey, rgba, jpg = (os.path.join(here, n) for n in ["picture.png", "picture_grey.png", "picture_rgba.png", "picture.jpg"])

img = load_img(png)
print(img.size, img.mode)
a = img_to_array(img)
print(a.shape, a.dtype, a[0, :3].tolist(), float(a.mean()))
g = load_img(png, color_mode="grayscale", target_size=(5, 7))
print(g.size, g.mode)
print(img_to_array(g)[:, :, 0].astype(int).tolist())
print(img_to_array(load_img(grey, target_size=(6, 4)))[:, :, 1].astype(int).tolist())
print(img_to_array(load_img(png, target_size=(20, 30)))[::4, ::6, 2].astype(int).tolist())
print(img_to_array(load_img(png, target_size=(6, 8), interpolation="bilinear"))[:, :, 0].astype(int).tolist())
print(img_to_array(load_img(png, target_size=(4, 4), keep_aspect_ratio=True))[:, :, 1].astype(int).tolist())
for how in ["bicubic", "lanczos", "hamming", "box"]:
    print(how, img_to_array(load_img(png, target_size=(5, 6), interpolation=how))[:, :, 2].astype(int).tolist())
    print(how, img_to_array(load_img(png, target_size=(29, 31), interpolation=how))[::7, ::8, 0].astype(int).tolist())
print(img_to_array(load_img(png, target_size=(3, 5), interpolation="bilinear", keep_aspect_ratio=True))[:, :, 0].astype(int).tolist())
print(np.array(img.resize((8, 6))).tolist()[2])
print(np.array(img.resize((8, 6), resample=0))[:, :, 1].tolist())
print(np.array(img.convert("L").resize((9, 4), resample=2)).tolist())
print(img_to_array(load_img(rgba)).shape, img_to_array(load_img(rgba, color_mode="rgba"))[0, 0].tolist())
print(img_to_array(load_img(png, color_mode="rgba")).shape)
j = img_to_array(load_img(jpg))
print(j.shape, j[0, :2].tolist(), j[7, 9].tolist())
print(img_to_array(g, data_format="channels_first").shape, img_to_array(g, dtype="float64").dtype)

x = np.linspace(-1, 1, 24).reshape(2, 4, 3)
im = array_to_img(x)
print(im.size, im.mode, np.array(im).tolist())
print(np.array(array_to_img(x * 100, scale=False).convert("L")).tolist())
print(array_to_img(np.zeros((3, 3, 1))).mode, array_to_img(np.ones((2, 2, 4))).mode)
print(array_to_img(np.arange(24.0).reshape(3, 2, 4), data_format="channels_first").size)
out = "_cellgrad_snippet_166.png"
save_img(out, x)
print(img_to_array(load_img(out)).astype(int)[1].tolist())
os.remove(out)
print(kimage.load_img is not None, sorted(n for n in ["load_img", "img_to_array", "array_to_img", "save_img"] if hasattr(kimage, n)))

for bad in [lambda: load_img("no_such_picture.png"), lambda: load_img(png, color_mode="hsv"),
            lambda: array_to_img(np.zeros((2, 2))), lambda: array_to_img(np.zeros((2, 2, 2))),
            lambda: load_img(png, target_size=(3, 3), interpolation="cubic"), lambda: img.resize((3, 3), resample=9)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
