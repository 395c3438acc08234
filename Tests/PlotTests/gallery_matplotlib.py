"""Draws the figures of Gallery.swift with matplotlib, for side-by-side inspection.

Run: /work/main/.venv/bin/python Tests/PlotTests/gallery_matplotlib.py /tmp/mpl_gallery
"""
import math
import os
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["font.sans-serif"] = ["DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP"]


def uniform(n, seed):
    v = np.sin((np.arange(n) + seed) * 12.9898) * 43758.5453
    return v - np.floor(v)


def normal(n, seed, mean=0.0, std=1.0):
    us = [uniform(n, seed + k * 1000) for k in range(4)]
    return mean + std * (us[0] + us[1] + us[2] + us[3] - 2) * math.sqrt(3)


def figure(name):
    fig = plt.figure()
    if name == "loss":
        e = np.arange(1, 21)
        ax = fig.add_subplot()
        ax.plot(e, 2.3 * np.exp(-e / 6) + 0.1, label="train loss")
        ax.plot(e, 2.3 * np.exp(-e / 7) + 0.25 + 0.01 * e, label="val loss")
        ax.set_title("Training and validation loss"); ax.set_xlabel("epoch"); ax.set_ylabel("loss"); ax.legend()
    elif name == "formats":
        ax = fig.add_subplot()
        x = np.arange(10)
        for i, f in enumerate(["b", "r--", "o-", "g^", "k:", "C1-."]):
            ax.plot(x, np.sin(x / 2 + i) + i, f, label=f)
        ax.legend(loc="upper left", ncols=2); ax.set_title("format strings")
    elif name == "markers":
        ax = fig.add_subplot()
        for i, m in enumerate("o.,sDd^v<>ph*+x|_"):
            ax.plot([i % 6], [i // 6], marker=m, markersize=14)
            ax.text(i % 6, i // 6 + 0.3, m, ha="center")
        ax.set_ylim(-0.5, 3); ax.set_xlim(-0.5, 5.5)
    elif name == "scatter":
        ax = fig.add_subplot()
        x, y = normal(200, 1), normal(200, 2)
        sc = ax.scatter(x, y, s=20 + 80 * uniform(200, 3), c=x * y, cmap="viridis", alpha=0.7)
        fig.colorbar(sc, ax=ax); ax.set_title("scatter"); ax.set_xlabel("x"); ax.set_ylabel("y")
    elif name == "bar":
        axes = fig.subplots(1, 2)
        axes[0].bar([0, 1, 2, 3], [3, 7, 2, 5], label="2024")
        axes[0].bar([0, 1, 2, 3], [1, 2, 1, 2], bottom=[3, 7, 2, 5], label="2025")
        axes[0].legend(); axes[0].set_title("bar"); axes[0].set_xticks([0, 1, 2, 3], ["cat", "dog", "bird", "fish"])
        axes[1].barh([0, 1, 2], [0.5, 0.8, 0.3], color="tab:green"); axes[1].set_title("barh")
        fig.tight_layout()
    elif name == "hist":
        ax = fig.add_subplot()
        ax.hist(normal(1000, 4), bins=30, alpha=0.5, label="a")
        ax.hist(normal(1000, 5, 1, 0.7), bins=30, alpha=0.5, label="b")
        ax.hist(normal(1000, 6, -1), bins=20, histtype="step", label="step")
        ax.legend(); ax.set_title("hist")
    elif name == "imshow":
        ax = fig.add_subplot()
        r, c = np.mgrid[0:40, 0:40]
        im = ax.imshow(np.sin(c / 5) * np.cos(r / 7), cmap="viridis")
        fig.colorbar(im, ax=ax); ax.set_title("imshow")
    elif name == "imshow_rgb":
        axes = fig.subplots(1, 2)
        rgb = np.array([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 0, .5, .5, .5, 1, 1, 1]).reshape(3, 3, 3)
        axes[0].imshow(rgb); axes[0].set_title("RGB, nearest")
        axes[1].imshow(np.arange(12).reshape(3, 4), cmap="gray", origin="lower"); axes[1].set_title("gray, origin lower")
    elif name == "contour":
        ax = fig.add_subplot()
        xs = np.linspace(-3, 3, 50)
        X, Y = np.meshgrid(xs, xs)
        Z = np.exp(-(X ** 2 + Y ** 2) / 2) - 0.7 * np.exp(-((X - 1.5) ** 2 + (Y - 1) ** 2))
        cf = ax.contourf(X, Y, Z, cmap="RdBu_r")
        ax.contour(X, Y, Z, colors="black", linewidths=0.8)
        fig.colorbar(cf, ax=ax); ax.set_title("contourf + contour")
    elif name == "fill_errorbar":
        ax = fig.add_subplot()
        x = np.arange(30) / 3; y = np.sin(x)
        ax.fill_between(x, y - 0.3, y + 0.3, alpha=0.3, label="band")
        ax.plot(x, y, label="sin")
        ax.errorbar([1, 3, 5, 7, 9], [0.5, -0.2, -0.8, 0.7, 0.3], yerr=0.2, fmt="o", capsize=3, label="data")
        ax.axhline(0, color="black", lw=0.8, ls="--"); ax.axvline(5, color="red", ls=":")
        ax.grid(); ax.legend(loc="lower left"); ax.set_title("fill_between, errorbar, axhline, grid")
    elif name == "pie":
        ax = fig.add_subplot()
        ax.pie([35, 25, 25, 15], labels=["A", "B", "C", "D"], autopct="%1.1f%%", startangle=90); ax.set_title("pie")
    elif name == "subplots":
        axes = fig.subplots(2, 2)
        for r in range(2):
            for c in range(2):
                k = r * 2 + c + 1
                x = np.arange(50) / 5
                axes[r, c].plot(x, np.sin(x * k)); axes[r, c].set_title(f"sin({k}x)")
                axes[r, c].set_xlabel("x"); axes[r, c].set_ylabel("y")
        fig.suptitle("2x2 subplots with tight_layout"); fig.tight_layout()
    elif name == "logscale":
        ax = fig.add_subplot()
        x = np.arange(1, 51)
        ax.plot(x, x ** 2.5, label="x^2.5"); ax.plot(x, np.exp(x / 5), label="exp(x/5)")
        ax.set_yscale("log"); ax.legend(); ax.set_title("log scale"); ax.grid()
    elif name == "annotate":
        ax = fig.add_subplot()
        x = np.arange(100) / 10
        ax.plot(x, np.sin(x))
        ax.annotate("local max", xy=(np.pi / 2, 1), xytext=(3, 1.3), arrowprops=dict(facecolor="black", shrink=0.05))
        ax.annotate("min", xy=(3 * np.pi / 2, -1), xytext=(6.5, -0.6), arrowprops=dict(arrowstyle="->"))
        ax.text(0.05, 0.05, "axes text", fontsize=12, transform=ax.transAxes,
                bbox=dict(boxstyle="round", facecolor="wheat", alpha=0.5))
        ax.set_ylim(-1.5, 1.8); ax.set_title(r"$\alpha$ annotate and text, $x^2$")
    elif name == "chinese":
        ax = fig.add_subplot()
        e = np.arange(1, 11)
        ax.plot(e, 1 / e, "o-", label="训练损失")
        ax.set_title("训练损失"); ax.set_xlabel("轮次 (epoch)"); ax.set_ylabel("损失"); ax.legend()
    elif name == "twinx":
        ax = fig.add_subplot()
        e = np.arange(1, 21)
        ax.plot(e, 2 * np.exp(-e / 5), color="tab:blue"); ax.set_ylabel("loss"); ax.set_xlabel("epoch")
        t = ax.twinx(); t.plot(e, 1 - 0.5 * np.exp(-e / 4), color="tab:red"); t.set_ylabel("accuracy")
        ax.set_title("twinx")
    elif name == "offset":
        axes = fig.subplots(1, 2)
        axes[0].plot([0, 1, 2, 3], [1e6, 3e6, 2e6, 4e6])
        axes[1].plot([100000, 100005, 100010], [1e-6, 3e-6, 2e-6])
        fig.tight_layout()
    elif name == "rotated":
        ax = fig.add_subplot()
        ax.bar([0, 1, 2, 3, 4], [5, 3, 6, 2, 4])
        ax.set_xticks([0, 1, 2, 3, 4], ["January", "February", "March", "April", "May"])
        ax.tick_params(axis="x", labelrotation=45)
        ax.set_title("rotated tick labels"); ax.set_ylabel("count")
        fig.tight_layout()
    elif name == "image_grid":
        axes = fig.subplots(2, 5)
        r, c = np.mgrid[0:28, 0:28]
        for k in range(10):
            ax = axes[k // 5, k % 5]
            dx, dy = c - 13.5, r - 13.5
            ring = np.abs(np.sqrt(dx * dx / (20 + k * 4) + dy * dy / 60) - 1)
            ax.imshow(np.maximum(0, 1 - ring * 4) * (k + 1) / 10 * 255, cmap="gray")
            ax.axis("off"); ax.set_title(f"label {k}")
        fig.tight_layout()
    return fig


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/mpl_gallery"
    os.makedirs(out, exist_ok=True)
    names = ["loss", "formats", "markers", "scatter", "bar", "hist", "imshow", "imshow_rgb", "contour",
             "fill_errorbar", "pie", "subplots", "logscale", "annotate", "chinese", "twinx", "offset", "rotated", "image_grid"]
    for n in names:
        f = figure(n)
        f.savefig(os.path.join(out, n + ".png"))
        plt.close(f)
    print("wrote", len(names), "figures to", out)
