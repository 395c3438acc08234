"""matplotlib.pyplot in Cellgrad: the seed articles' loss/accuracy curves run unchanged, every
plot kind reaches the notebook as a PNG (display_data image/png) that PIL opens at the
expected size, savefig writes valid PNGs, reprs match matplotlib, and mistakes are Python
exceptions.

The binary under test is <repo>/.build/release/cellgrad (what `make test` builds); set
CELLGRAD_BIN to test another build. The kernel is started from a kernelspec written by
`cellgrad install --prefix <tmp>`, so the test never picks up a stale installed kernelspec.

Run as a script to re-execute and rewrite the gallery notebook with its outputs:

    .venv/bin/python Tests/conformance/test_pyplot.py --execute-gallery
"""
from __future__ import annotations

import base64
import io
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
CELLGRAD = Path(os.environ.get("CELLGRAD_BIN", REPO / ".build" / "release" / "cellgrad"))
SEED = REPO.parent / "shared" / "seeds" / "001_6a5c8eebecb56191.txt"
GALLERY = REPO / "notebooks" / "gallery.ipynb"
PYTHON = REPO / ".venv" / "bin" / "python"


# --- helpers -------------------------------------------------------------------------------

def cellgrad_run(code: str, timeout: int = 60) -> subprocess.CompletedProcess:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
        f.write(code)
        path = f.name
    try:
        return subprocess.run([str(CELLGRAD), "run", path], capture_output=True, text=True, timeout=timeout)
    finally:
        os.unlink(path)


def kernel_manager(tmp_dir: Path):
    """A KernelManager for the binary under test, from a kernelspec in tmp_dir."""
    from jupyter_client import KernelManager
    from jupyter_client.kernelspec import KernelSpecManager
    subprocess.run([str(CELLGRAD), "install", "--prefix", str(tmp_dir), "--name", "cellgrad"],
                   check=True, capture_output=True)
    ksm = KernelSpecManager()
    ksm.kernel_dirs = [str(tmp_dir / "share" / "jupyter" / "kernels")]
    return KernelManager(kernel_name="cellgrad", kernel_spec_manager=ksm)


class Kernel:
    def __init__(self, tmp_dir: Path):
        self.km = kernel_manager(tmp_dir)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=30)

    def run(self, code: str, timeout: int = 60):
        """The iopub messages of one execution (busy/idle excluded) and the reply."""
        msg_id = self.kc.execute(code)
        outputs = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=timeout)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status":
                if msg["content"]["execution_state"] == "idle":
                    break
                continue
            outputs.append(msg)
        reply = self.kc.get_shell_msg(timeout=timeout)
        return outputs, reply

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    k = Kernel(tmp_path_factory.mktemp("kernelspec"))
    k.run("%matplotlib inline\nimport matplotlib.pyplot as plt\nimport numpy as np")
    yield k
    k.close()


def pngs(outputs):
    """(PIL image, text/plain) of every display_data image/png, in order."""
    found = []
    for m in outputs:
        if m["msg_type"] == "display_data" and "image/png" in m["content"]["data"]:
            data = m["content"]["data"]
            image = Image.open(io.BytesIO(base64.b64decode(data["image/png"])))
            image.load()
            found.append((image, data.get("text/plain", "")))
    return found


def errors(outputs):
    return [m["content"] for m in outputs if m["msg_type"] == "error"]


# --- the seed's curves ---------------------------------------------------------------------

def seed_plot_code() -> str:
    """The seed's plotting lines (from the History lists to plt.show()), as written. The one
    line with a stray leading space (an IndentationError under CPython too) is dedented."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("import matplotlib.pyplot as plt"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("plt.show()"))
    return "\n".join(l.lstrip(" ") for l in lines[start:end + 1]) + "\n"


HISTORY = textwrap.dedent("""\
    class History:
        def __init__(self):
            self.history = {'loss': [0.69, 0.52, 0.41, 0.35, 0.31, 0.28, 0.26, 0.25, 0.24, 0.23],
                            'val_loss': [0.62, 0.49, 0.43, 0.40, 0.39, 0.39, 0.40, 0.41, 0.42, 0.44],
                            'accuracy': [0.55, 0.74, 0.82, 0.86, 0.88, 0.90, 0.91, 0.92, 0.92, 0.93],
                            'val_accuracy': [0.63, 0.77, 0.81, 0.83, 0.84, 0.84, 0.84, 0.83, 0.83, 0.83]}
    历史 = History()
    """)


@pytest.mark.skipif(not SEED.exists(), reason="shared seeds not present")
def test_seed_code_is_found():
    code = seed_plot_code()
    assert "plt.plot(epochs, 历史_loss, 'b', label='Training loss')" in code
    assert code.count("plt.legend()") == 2 and code.rstrip().endswith("plt.show()")


@pytest.mark.skipif(not SEED.exists(), reason="shared seeds not present")
def test_seed_loss_and_accuracy_curves_run_unchanged(kernel):
    code = HISTORY + seed_plot_code()
    outputs, reply = kernel.run(code)
    assert reply["content"]["status"] == "ok", errors(outputs)
    images = pngs(outputs)
    assert len(images) == 2, [m["msg_type"] for m in outputs]
    # Cropped as matplotlib-inline crops (bbox_inches='tight'), to within a few pixels.
    wanted = [size for size, _ in matplotlib_inline_sizes({"seed": code})["seed"]]
    for (image, text), want in zip(images, wanted):
        assert close_to(image.size, want), (image.size, want)
        assert image.format == "PNG"
        assert text == "<Figure size 640x480 with 1 Axes>"
        # Not blank: the red and blue curves are there.
        colors = image.convert("RGB").getcolors(1 << 20)
        assert any(b > 200 and r < 60 and g < 60 for _, (r, g, b) in colors)
        assert any(r > 200 and g < 60 and b < 60 for _, (r, g, b) in colors)


@pytest.mark.skipif(not SEED.exists(), reason="shared seeds not present")
def test_seed_curves_under_cellgrad_run():
    r = cellgrad_run(HISTORY + seed_plot_code())
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["<Figure size 640x480 with 1 Axes>"] * 2
    assert r.stderr == ""


# --- every plot kind through the kernel -----------------------------------------------------

KINDS = {
    "plot": "plt.plot([1, 2, 3], [3, 1, 2], 'r--o', label='a'); plt.legend()",
    "plot_numpy": "x = np.linspace(0, 6, 50)\nplt.plot(x, np.sin(x)); plt.plot(x, np.cos(x), 'g:')",
    "scatter": "plt.scatter(np.arange(20), np.arange(20) % 7, c=np.arange(20), cmap='viridis', s=30); plt.colorbar()",
    "bar": "plt.bar(['a', 'b', 'c'], [3, 5, 2], color='C2')",
    "bar_yerr": "plt.bar(['SGD', 'Adam'], [0.91, 0.93], yerr=[0.01, 0.02], capsize=4)",
    "barh": "plt.barh([1, 2, 3], [3, 5, 2])",
    "hist": "n, bins, patches = plt.hist(np.random.randn(500), bins=20)",
    "imshow": "plt.imshow(np.arange(25).reshape(5, 5), cmap='gray'); plt.colorbar()",
    "imshow_rgb": "plt.imshow(np.zeros((4, 4, 3), dtype=np.uint8) + 128); plt.axis('off')",
    "fill_between": "x = np.arange(10)\nplt.fill_between(x, x - 1, x + 1, alpha=0.3); plt.plot(x, x)",
    "axhline_axvline": "plt.plot([0, 1]); plt.axhline(0.5, color='k', ls='--'); plt.axvline(0.5)",
    "errorbar": "plt.errorbar([1, 2, 3], [2, 1, 3], yerr=0.2, fmt='o', capsize=3)",
    "pie": "plt.pie([1, 2, 3], labels=['x', 'y', 'z'], autopct='%1.0f%%')",
    "text_annotate": ("plt.plot([1, 2, 3], [1, 4, 9]); plt.text(1, 8, 'hi'); "
                      "plt.annotate('max', xy=(3, 9), xytext=(2, 8), arrowprops=dict(arrowstyle='->'))"),
    "contour": "X, Y = np.meshgrid(np.linspace(-1, 1, 30), np.linspace(-1, 1, 30))\nplt.contour(X, Y, X**2 + Y**2, levels=6)",
    "contour_labels": ("X, Y = np.meshgrid(np.linspace(-2, 2, 60), np.linspace(-2, 2, 60))\n"
                       "cs = plt.contour(X, Y, X**2 + Y**2, levels=[0.5, 1, 2, 3], colors='k')\nplt.clabel(cs, inline=True, fontsize=9)"),
    "contourf": "X, Y = np.meshgrid(np.linspace(-1, 1, 30), np.linspace(-1, 1, 30))\ncs = plt.contourf(X, Y, X**2 - Y**2, 10, cmap='RdBu'); plt.colorbar(cs)",
    "subplots": "fig, axes = plt.subplots(2, 3, figsize=(9, 5))\nfor i, ax in enumerate(axes.flat):\n    ax.plot(range(5), [v ** (i % 3) for v in range(5)])\n    ax.set_title(f'p{i}')\nfig.tight_layout()",
    "figsize_dpi": "plt.figure(figsize=(4, 3), dpi=50); plt.plot([1, 2])",
    "twinx": "fig, ax = plt.subplots()\nax.plot([1, 2, 3], 'b')\nax2 = ax.twinx()\nax2.plot([30, 10, 20], 'r')",
    "log_grid_limits": "plt.plot([1, 10, 100, 1000]); plt.yscale('log'); plt.grid(True); plt.xlim(0, 3)",
    "semilogy_spines": "ax = plt.gca(); ax.semilogy([1, 10, 100], 'o-'); ax.spines[['top', 'right']].set_visible(False)",
    "image_grid": "for i in range(6):\n    plt.subplot(2, 3, i + 1); plt.imshow(np.random.rand(8, 8), cmap='gray'); plt.axis('off'); plt.title(str(i))",
    "chinese_title": "plt.plot([3, 2, 1]); plt.title('训练损失'); plt.xlabel('轮次')",
    "legend_outside": "plt.plot([1, 2], label='a long label'); plt.legend(loc='upper left', bbox_to_anchor=(1.02, 1))",
    "legend_below": ("plt.plot([1, 2], label='a'); plt.plot([2, 1], label='b')\n"
                     "plt.legend(loc='upper center', bbox_to_anchor=(0.5, -0.12), ncol=2)"),
    "annotate_offset": ("plt.plot([0, 1]); plt.annotate('end', xy=(1, 1), xytext=(-30, 40), textcoords='offset points', "
                        "arrowprops=dict(arrowstyle='->', color='red'))"),
    "resized": "fig = plt.figure(); plt.plot([1, 2]); fig.set_size_inches(4, 2.5); fig.set_dpi(80)",
    "sharey": "fig, axes = plt.subplots(1, 2, sharey=True)\naxes[0].plot([1, 2]); axes[1].plot([5, 3])",
    "step": ("x = np.arange(8)\nplt.step(x, x % 3, where='post', label='post')\nplt.step(x, x % 3 + 3, 'o-', where='mid', label='mid')\n"
             "plt.plot(x, x % 3 + 6, drawstyle='steps-pre', label='pre')\nplt.title('steps', color='tab:red', fontsize=14, fontweight='bold'); plt.legend()"),
    "twinx_legend": ("fig, ax = plt.subplots()\nl1 = ax.plot([1, 2, 3], 'b', label='loss')\nax2 = ax.twinx()\n"
                     "l2 = ax2.plot([0.5, 0.7, 0.9], 'r', label='accuracy')\nlines = l1 + l2\n"
                     "ax.legend(lines, [l.get_label() for l in lines], loc='center right')"),
}


INLINE_SIZES = textwrap.dedent("""\
    import io, json, sys, warnings
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    import numpy as np
    from PIL import Image
    warnings.simplefilter('ignore')   # matplotlib has no CJK glyphs; the sizes still count
    plt.show = lambda *a, **k: None   # the figures stay open to be measured
    out = {}
    for name, code in json.loads(sys.stdin.read()).items():
        np.random.seed(0)
        exec(code, {'plt': plt, 'np': np})
        sizes = []
        for n in plt.get_fignums():
            fig = plt.figure(n)
            buf = io.BytesIO()
            # What IPython's inline backend shows: tight, 0.1 in padding, at the figure's current dpi.
            fig.savefig(buf, format='png', bbox_inches='tight', pad_inches=0.1, dpi=fig.dpi)
            sizes.append([Image.open(buf).size, [int(fig.bbox.width), int(fig.bbox.height)]])
        out[name] = sizes
        plt.close('all')
    print(json.dumps(out))
    """)


def matplotlib_inline_sizes(programs: dict) -> dict:
    """For each program: per figure it leaves open, matplotlib's inline image size
    (bbox_inches='tight') and its figure size in pixels."""
    import json
    r = subprocess.run([str(PYTHON), "-c", INLINE_SIZES], input=json.dumps(programs), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return {k: [(tuple(a), tuple(b)) for a, b in v] for k, v in json.loads(r.stdout).items()}


def close_to(have, want, tolerance=6):
    return abs(have[0] - want[0]) <= tolerance and abs(have[1] - want[1]) <= tolerance


@pytest.fixture(scope="module")
def inline_sizes():
    return {k: v[0] for k, v in matplotlib_inline_sizes(KINDS).items()}


@pytest.mark.parametrize("kind", list(KINDS))
def test_plot_kind_is_displayed_as_png(kernel, inline_sizes, kind):
    """Each kind reaches the notebook as one PNG cropped like matplotlib-inline's
    bbox_inches='tight' (within a few pixels of matplotlib's own crop), with the figure's
    repr (its full size) as text/plain."""
    code = KINDS[kind]
    outputs, reply = kernel.run(code)
    assert reply["content"]["status"] == "ok", errors(outputs)
    images = pngs(outputs)
    assert len(images) == 1, [m["msg_type"] for m in outputs]
    image, text = images[0]
    want, (fig_w, fig_h) = inline_sizes[kind]
    assert close_to(image.size, want), (image.size, want)
    assert text.startswith(f"<Figure size {fig_w}x{fig_h} with ")
    # Something was drawn besides the white background.
    assert len(image.convert("RGB").getcolors(1 << 20)) >= 2


def test_show_displays_at_once_and_closes(kernel):
    outputs, _ = kernel.run("plt.plot([1, 2])\nplt.show()\nprint('after show')")
    kinds = [m["msg_type"] for m in outputs if m["msg_type"] in ("display_data", "stream")]
    assert kinds == ["display_data", "stream"]
    outputs, _ = kernel.run("print(plt.get_fignums())")
    assert not pngs(outputs)


def test_closed_figures_are_not_shown(kernel):
    outputs, _ = kernel.run("plt.plot([1, 2]); plt.close()\nfig = plt.figure(); plt.plot([3, 4]); plt.close(fig)\n"
                            "plt.figure(7); plt.plot([1]); plt.close('all')")
    assert not pngs(outputs)
    assert not [m for m in outputs if m["msg_type"] == "display_data"]


def test_two_figures_in_one_cell_are_shown_in_order(kernel):
    code = "plt.figure(figsize=(3, 2)); plt.plot([1])\nplt.figure(figsize=(5, 2)); plt.plot([2])"
    outputs, _ = kernel.run(code)
    wanted = [size for size, _ in matplotlib_inline_sizes({"two": code})["two"]]
    have = [im.size for im, _ in pngs(outputs)]
    assert len(have) == 2 and all(close_to(h, w) for h, w in zip(have, wanted)), (have, wanted)


def test_figure_kept_in_a_variable_shows_as_result(kernel):
    kernel.run("fig, ax = plt.subplots()\nax.plot([1, 2, 3])")
    outputs, _ = kernel.run("ax.set_title('again')\nfig")
    results = [m for m in outputs if m["msg_type"] == "execute_result"]
    assert results and "image/png" in results[0]["content"]["data"]
    assert results[0]["content"]["data"]["text/plain"] == "<Figure size 640x480 with 1 Axes>"


def test_error_in_cell_is_a_python_exception_and_kernel_survives(kernel):
    outputs, reply = kernel.run("plt.plot([1, 2], [1, 2, 3])")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "ValueError"
    assert "same first dimension" in reply["content"]["evalue"]
    outputs, reply = kernel.run("plt.close('all'); print('alive')")
    assert reply["content"]["status"] == "ok"


# --- savefig ---------------------------------------------------------------------------------

def test_savefig_writes_valid_pngs(tmp_path):
    code = textwrap.dedent(f"""\
        import matplotlib.pyplot as plt
        plt.plot([1, 2, 3], [2, 4, 1], label='loss')
        plt.legend()
        plt.savefig({str(tmp_path / 'a.png')!r})
        plt.savefig({str(tmp_path / 'b')!r})
        plt.savefig({str(tmp_path / 'c.png')!r}, bbox_inches='tight', transparent=True)
        fig, ax = plt.subplots(figsize=(3, 2), dpi=80)
        ax.imshow([[0, 1], [1, 0]])
        fig.savefig({str(tmp_path / 'd.png')!r})
        plt.close('all')
        """)
    r = cellgrad_run(code)
    assert r.returncode == 0, r.stderr
    sizes = {}
    for name in ["a.png", "b.png", "c.png", "d.png"]:
        with Image.open(tmp_path / name) as im:
            im.verify()
        with Image.open(tmp_path / name) as im:
            sizes[name] = im.size
            assert im.format == "PNG"
    assert sizes["a.png"] == sizes["b.png"] == (640, 480)
    assert sizes["c.png"][0] < 640 and sizes["c.png"][1] < 480  # cropped like matplotlib's 'tight'
    assert sizes["d.png"] == (240, 160)
    assert r.stdout == ""  # all figures closed: nothing shown at the end


SIZES = """\
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import sys
out = sys.argv[1] if len(sys.argv) > 1 else OUT
fig = plt.figure()
plt.plot([1, 2, 3], label='loss'); plt.title('Loss'); plt.legend()
fig.savefig(out + '/dpi200.png', dpi=200)
fig.savefig(out + '/dpi50_tight.png', dpi=50, bbox_inches='tight')
fig.set_size_inches(3, 2)
fig.savefig(out + '/resized.png')
fig.set_size_inches((5, 2.5))
fig.set_figwidth(4)
fig.savefig(out + '/figwidth.png')
fig.set_dpi(50)
fig.savefig(out + '/set_dpi.png')              # matplotlib saves at the dpi the figure was made with
fig.savefig(out + '/set_dpi_figure.png', dpi=fig.dpi)
fig.savefig(out + '/resized_tight.png', bbox_inches='tight', dpi=150)
print(fig.get_size_inches().tolist(), fig.get_dpi(), fig.dpi, repr(fig))
plt.close('all')
"""


def test_savefig_dpi_and_resizing_match_matplotlib(tmp_path):
    """savefig(dpi=N) draws that file at N dpi; set_size_inches / set_figwidth / set_dpi change
    the figure before it is drawn; image sizes and the printed figure state equal matplotlib's
    (tight crops within a few pixels)."""
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir(); theirs.mkdir()
    expected = subprocess.run([str(PYTHON), "-c", SIZES, str(theirs)], capture_output=True, text=True, timeout=120)
    assert expected.returncode == 0, expected.stderr
    got = cellgrad_run(SIZES.replace("OUT\n", repr(str(ours)) + "\n", 1))
    assert got.returncode == 0, got.stderr
    assert got.stdout == expected.stdout
    for path in sorted(theirs.iterdir()):
        with Image.open(path) as want, Image.open(ours / path.name) as have:
            tolerance = 4 if "tight" in path.name else 0
            assert abs(have.size[0] - want.size[0]) <= tolerance and abs(have.size[1] - want.size[1]) <= tolerance, \
                (path.name, have.size, want.size)


# --- errors ----------------------------------------------------------------------------------

ERROR_CASES = [
    ("plt.plot([1, 2], [1, 2, 3])", "ValueError"),
    ("plt.plot([1, 2], 'q')", "ValueError"),
    ("plt.plot([1, 2], color='nocolor')", "ValueError"),
    ("plt.plot([1, 2], linewdith=2)", "AttributeError"),      # matplotlib: Line2D.set() got an unexpected keyword
    ("plt.scatter([1], [2], foo=1)", "AttributeError"),
    ("plt.legend(foo=1)", "TypeError"),
    ("plt.title()", "TypeError"),
    ("plt.savefig('/tmp/cellgrad_pyplot_test.pdf')", "ValueError"),
    ("plt.savefig('/tmp/cellgrad_pyplot_test.png', format='jpg')", "ValueError"),
    ("plt.savefig('/nonexistent-dir/x.png')", "FileNotFoundError"),
    ("plt.subplots(2, 2)[1][2, 0]", "IndexError"),
    ("plt.figure(figsize=(1e6, 1e6))", "MemoryError"),
    ("plt.figure(figsize=(-1, 2))", "ValueError"),
    ("plt.imshow([[1, 2], [3]])", "ValueError"),
    ("plt.imshow(np.zeros((3, 3, 2)))", "TypeError"),
    ("plt.axis('nonsense')", "ValueError"),
    ("plt.xscale('nonsense')", "ValueError"),
    ("plt.xscale('symlog')", "NotImplementedError"),
    ("plt.legend(loc='nowhere')", "ValueError"),
    ("plt.gcf().add_subplot(2, 2, 5)", "ValueError"),
    ("plt.close('all'), plt.colorbar()", "RuntimeError"),
    ("plt.hist(np.random.randn(10), bins='auto')", "NotImplementedError"),
    ("plt.style.use('ggplot')", "NotImplementedError"),
    ("plt.get_cmap('nope')", "ValueError"),
    ("plt.pie([-1, 2])", "ValueError"),
    ("plt.plot(range(3), foo=np.zeros(3))", "AttributeError"),
    ("plt.subplots(1, 2, sharey='diagonal')", "ValueError"),
    ("plt.subplots(1, 2, width_ratios=[1, 2])", "NotImplementedError"),
    ("plt.legend(bbox_to_anchor=(1, 2, 3))", "TypeError"),
    ("plt.legend(mode='squeeze')", "ValueError"),
    ("plt.annotate('a', xy=(0, 0), xycoords='polar')", "NotImplementedError"),
    ("plt.annotate('a', xy=(0, 0), xytext=(1, 1), textcoords='nonsense')", "ValueError"),
    ("plt.annotate('a', xy=(0, 0), arrowprops=dict(arrowstyle='fancy'))", "NotImplementedError"),
    ("plt.gcf().set_size_inches(-1, 2)", "ValueError"),
    ("plt.gcf().set_size_inches(1e5, 1e5)", "MemoryError"),
    ("plt.gcf().set_dpi(float('nan'))", "ValueError"),
    ("plt.savefig('/tmp/cellgrad_pyplot_test.png', dpi=0)", "ValueError"),
    ("plt.clabel(plt.contourf(np.eye(3)))", "NotImplementedError"),
    ("plt.clabel(plt.contour(np.eye(3)), levels=[0.123])", "ValueError"),
    ("plt.step([1, 2], [1, 2], where='middle')", "ValueError"),
    ("plt.plot([1, 2], drawstyle='zigzag')", "ValueError"),
]


def test_errors_are_python_exceptions():
    lines = ["import matplotlib.pyplot as plt", "import numpy as np", "def check(f):",
             "    try:", "        f()", "        print('no error')", "    except Exception as e:",
             "        print(type(e).__name__)"]
    lines += [f"check(lambda: ({code}))" for code, _ in ERROR_CASES]
    r = cellgrad_run("\n".join(lines) + "\nplt.close('all')\n")
    assert r.returncode == 0, r.stderr
    got = r.stdout.splitlines()
    assert len(got) == len(ERROR_CASES), r.stdout
    mismatches = [(code, want, have) for (code, want), have in zip(ERROR_CASES, got) if want != have]
    assert not mismatches


HOSTILE = """\
import matplotlib.pyplot as plt
import numpy as np
names = ['plot', 'scatter', 'bar', 'barh', 'hist', 'imshow', 'contour', 'contourf', 'fill_between', 'axhline', 'axvline',
         'errorbar', 'pie', 'text', 'annotate', 'title', 'xlabel', 'ylabel', 'legend', 'grid', 'xlim', 'ylim', 'xticks',
         'yticks', 'xscale', 'yscale', 'suptitle', 'tight_layout', 'axis', 'figure', 'subplot', 'subplots', 'close',
         'colorbar', 'savefig', 'twinx', 'semilogy', 'margins', 'tick_params', 'clf', 'cla', 'gca', 'gcf', 'sca', 'rc', 'get_cmap']
bad = [None, 0, -1, 10**12, float('nan'), float('inf'), 'x', '', [], [[]], [[1, 2], [3]], [None], (1, 2), {'a': 1},
       np.zeros(0), np.zeros((2, 0)), np.zeros((3, 3, 3, 3)), [1e308, -1e308], ['a', 1], True, object()]
n = 0
for name in names:
    f = getattr(plt, name)
    for a in bad:
        for args in [(a,), (a, a), (a, a, a), ([1, 2, 3], a), (a, [1, 2, 3])]:
            try:
                f(*args)
            except Exception as e:
                n += 1
        for kw in ['color', 'label', 'alpha', 'linewidth', 'marker', 'cmap', 'bins', 'loc', 'fontsize', 's', 'c', 'levels', 'figsize', 'dpi', 'extent']:
            try:
                f([1, 2, 3], **{kw: a})
            except Exception as e:
                n += 1
    plt.close('all')
ax = plt.gca()
for name in ['set_title', 'set_xlim', 'set_xticks', 'set_xticklabels', 'set_aspect', 'set', 'set_facecolor', 'invert_yaxis', 'get_xticks']:
    for a in bad:
        try:
            getattr(ax, name)(a)
        except Exception:
            n += 1
plt.close('all')
print('survived', n)
"""


def test_hostile_arguments_never_crash(tmp_path):
    """Every pyplot function called with None, NaN, huge numbers, ragged lists, empty and 4-D
    arrays, strings and objects: each call returns or raises a Python exception; the process
    never dies."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
        f.write(HOSTILE)
        path = f.name
    try:
        r = subprocess.run([str(CELLGRAD), "run", path], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    finally:
        os.unlink(path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.splitlines()[-1].startswith("survived ")
    assert int(r.stdout.splitlines()[-1].split()[1]) > 10000


# --- reprs and return values against matplotlib ---------------------------------------------

DIFFERENTIAL = textwrap.dedent("""\
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    print(repr(plt.figure()), plt.gcf())
    line = plt.plot([1, 2, 3], [4, 5, 6], label='train')[0]
    print(line.get_label(), str(line), type(line).__name__)
    print(plt.title('Loss'))
    print(plt.xlabel('Epochs'))
    print(plt.ylabel('Loss'))
    print(repr(plt.gca()), plt.gca())
    print(repr(plt.gcf()), plt.gcf())
    lo, hi = plt.ylim()
    shown = [(float(t), l.get_text()) for t, l in zip(plt.gca().get_yticks(), plt.gca().get_yticklabels()) if lo <= t <= hi]
    print(shown)  # matplotlib also lists locator ticks just outside the view
    print(plt.xlim(0, 5))
    print(plt.bar([1, 2], [3, 4]))
    n, bins, patches = plt.hist([1, 2, 2, 3, 3, 3, 9], bins=4)
    print([float(v) for v in n], [float(v) for v in bins], patches)
    print(patches[0].get_height(), patches[1].get_x(), patches[1].get_width())
    fig, axes = plt.subplots(2, 3, figsize=(8, 4))
    print(repr(fig))
    print(axes.shape, len(axes), len(axes.flat), axes[1, 2], axes[0][1])
    print(axes[:, 0].shape, axes[0].shape)
    fig, ax = plt.subplots()
    print(type(ax).__name__, ax.get_title() == '')
    ax.set_title('A'); ax.set_title('L', loc='left'); ax.set_xlabel('x')
    print(repr(ax))
    print(ax.text(1, 2, 'hi'))
    print(ax.annotate('pt', xy=(1, 2)))
    print(plt.suptitle('S'))
    print(plt.errorbar([1, 2], [1, 2], yerr=0.1))
    fig, ax = plt.subplots()
    l1 = ax.plot([1, 2, 3], label='loss')
    l2 = ax.twinx().plot([3, 2, 1], label='accuracy')
    print([t.get_text() for t in ax.legend(l1 + l2, ['train loss', 'val accuracy']).get_texts()])
    print([t.get_text() for t in ax.legend(handles=l2).get_texts()], [t.get_text() for t in ax.legend().get_texts()])
    print(plt.get_fignums())
    plt.close('all')
    print(plt.get_fignums())
    print(repr(plt.figure(figsize=(3, 2))))
    print(repr(plt.figure(num=7)))
    print(plt.get_fignums())
    print(plt.cm.viridis(0.0)[3], len(plt.cm.viridis(0.5)))
    print(matplotlib.rcParams['figure.figsize'])
    print(plt.title('Bold', fontweight='bold'), plt.xlabel('x', weight=700.5), plt.suptitle('S', fontweight='semibold'))
    print(plt.text(0, 0, 't', fontdict={'fontweight': 'heavy'}))
    for w in ['fat', 1001, -1]:
        try:
            plt.ylabel('y', fontweight=w)
        except ValueError as e:
            print(e)
    plt.close('all')
    """)


def test_reprs_match_matplotlib():
    expected = subprocess.run([str(PYTHON), "-c", DIFFERENTIAL], capture_output=True, text=True, timeout=120)
    assert expected.returncode == 0, expected.stderr
    got = cellgrad_run(DIFFERENTIAL + "plt.close('all')\n")
    assert got.returncode == 0, got.stderr
    assert got.stdout.splitlines() == expected.stdout.splitlines()


LIMITS = {
    "plot": "plt.plot([1, 2, 3], [4, 5, 6])",
    "bar": "plt.bar([1, 2, 3], [4, 5, 6])",
    "barh": "plt.barh([1, 2, 3], [4, 5, 6])",
    "hist": "plt.hist([1, 2, 2, 3, 7])",
    "scatter": "plt.scatter([0, 10], [0, 1])",
    "imshow": "plt.imshow(np.zeros((4, 6)))",
    "single_point": "plt.plot([5])",
    "log": "plt.plot([1, 10, 100]); plt.yscale('log')",
    "fill_between": "plt.fill_between([0, 1, 2], [0, 1, 0])",
    "errorbar": "plt.errorbar([1, 2], [1, 2], yerr=0.5)",
    "contourf": "plt.contourf(np.arange(12.0).reshape(3, 4))",
    "pie": "plt.pie([1, 2])",
    "tiny": "plt.plot([-1e-3, 1e-3])",
    "step": "plt.step([1, 2, 3], [3, 1, 2], where='mid')",
    "offset": "plt.plot([1e6, 1e6 + 1])",
    "axhline": "plt.plot([0, 1]); plt.axhline(5)",
    "axhline_inside_margin": "plt.plot([0, 1]); plt.axhline(1.03)",
    "axhline_then_plot": "plt.plot([0, 1]); plt.axhline(1.03); plt.plot([0, 0.5])",
    "axvline": "plt.plot([0, 1]); plt.axvline(-3, ymin=0.2)",
    "axlines_alone": "plt.axhline(3); plt.axvline(-2)",
    "legend_bbox_to_anchor": "plt.plot([0, 1], label='a'); plt.legend(loc='upper left', bbox_to_anchor=(1.02, 1))",
    "annotate_offset": "plt.plot([0, 1]); plt.annotate('a', xy=(1, 1), xytext=(30, 30), textcoords='offset points')",
}


@pytest.mark.parametrize("code", list(LIMITS.values()), ids=list(LIMITS))
def test_autoscaled_limits_match_matplotlib(code):
    program = textwrap.dedent(f"""\
        import matplotlib
        matplotlib.use('Agg')
        import matplotlib.pyplot as plt
        import numpy as np
        {code}
        ax = plt.gca()
        print([round(float(v), 6) for v in ax.get_xlim() + ax.get_ylim()])
        plt.close('all')
        """)
    expected = subprocess.run([str(PYTHON), "-c", program], capture_output=True, text=True, timeout=120)
    got = cellgrad_run(program)
    assert got.returncode == 0, got.stderr
    assert got.stdout == expected.stdout


# --- the gallery notebook --------------------------------------------------------------------

def test_gallery_is_committed_with_outputs():
    import nbformat
    nb = nbformat.read(GALLERY, as_version=4)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code_cells) >= 12
    plotted = 0
    for cell in code_cells:
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
        for o in cell.outputs:
            if o.output_type == "display_data" and "image/png" in o.data:
                with Image.open(io.BytesIO(base64.b64decode(o.data["image/png"]))) as im:
                    im.verify()
                plotted += 1
    assert plotted >= 12


def test_gallery_code_is_plain_matplotlib():
    """The gallery is not a dialect: its cells run unchanged under CPython + matplotlib."""
    import nbformat
    nb = nbformat.read(GALLERY, as_version=4)
    cells = [c.source.replace("%matplotlib inline", "") for c in nb.cells if c.cell_type == "code"]
    program = "import matplotlib\nmatplotlib.use('Agg')\n" + "\n".join(cells)
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([str(PYTHON), "-W", "ignore", "-c", program], capture_output=True, text=True,
                           timeout=300, cwd=tmp)
    assert r.returncode == 0, r.stderr


def execute_gallery(path: Path = GALLERY) -> None:
    """Runs the gallery through nbclient with the binary under test and writes its outputs."""
    import nbformat
    from nbclient import NotebookClient
    nb = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as tmp:
        km = kernel_manager(Path(tmp))
        try:
            NotebookClient(nb, km=km, timeout=120, resources={"metadata": {"path": str(path.parent)}}).execute()
        finally:
            # nbclient leaves a kernel it did not start running (and holding our stdout).
            if km.has_kernel:
                km.shutdown_kernel(now=True)
    nbformat.write(nb, path)


if __name__ == "__main__":
    if "--execute-gallery" in sys.argv:
        execute_gallery()
        print(f"wrote {GALLERY}")
    else:
        sys.exit(pytest.main([__file__, "-q"]))
