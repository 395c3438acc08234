"""Live and rich outputs through jupyter_client (issue 14): keras fit's progress line updated in
place through one display_id, tqdm and LivePlot the same way, display handles, clear_output,
tables and pictures, and an interrupt in the middle of a fit that answers at once and keeps
the model. The binary under test is CELLGRAD_BIN (see test_pyplot)."""
import re
import time

import pytest

from test_pyplot import Kernel

FIT_SETUP = """
import numpy as np
import keras
np.random.seed(0)
x = np.random.rand(4000, 8).astype("float32")
y = (x.sum(1) > 4).astype("int32")
model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
"""

BAR = re.compile(r"^Epoch (\d+)/(\d+)\n\s*(\d+)/(\d+) ━{20} \d+s \d+[mu]?s/step - accuracy: \d\.\d{4} - loss: \d\.\d{4}")


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    k = Kernel(tmp_path_factory.mktemp("kernelspec"))
    outputs, reply = k.run(FIT_SETUP)
    assert reply["content"]["status"] == "ok", outputs
    yield k
    k.close()


def run(kernel, code):
    """The outputs of a cell (execute_input left out) and its reply."""
    outputs, reply = kernel.run(code)
    return [m for m in outputs if m["msg_type"] != "execute_input"], reply


def displays(outputs):
    return [m for m in outputs if m["msg_type"] in ("display_data", "update_display_data")]


def display_id(m):
    return m["content"].get("transient", {}).get("display_id")


def test_fit_verbose_1_draws_one_line_per_epoch_in_place(kernel):
    started = time.time()
    outputs, reply = run(kernel, "h = model.fit(x, y, epochs=3, batch_size=16, validation_split=0.2, verbose=1)")
    took = time.time() - started
    assert reply["content"]["status"] == "ok"
    assert not [m for m in outputs if m["msg_type"] == "stream"], "verbose=1 in a notebook writes no stream text"
    shown = displays(outputs)
    firsts = [m for m in shown if m["msg_type"] == "display_data"]
    assert len(firsts) == 3, "one output per epoch"
    for epoch, first in enumerate(firsts, start=1):
        ident = display_id(first)
        assert ident and re.fullmatch(r"[0-9a-f]{32}", ident)
        updates = [m for m in shown if m["msg_type"] == "update_display_data" and display_id(m) == ident]
        assert updates, "the epoch's line is updated in place"
        assert shown.index(first) < shown.index(updates[0])
        final = updates[-1]["content"]["data"]
        match = BAR.match(final["text/plain"])
        assert match and match.group(1) == str(epoch) and match.group(3) == match.group(4) == "200", final["text/plain"]
        assert "val_accuracy: " in final["text/plain"] and "val_loss: " in final["text/plain"]
        assert "\n" not in final["text/plain"].split("\n", 1)[1], "the bar is one line"
        assert "<pre" in final["text/html"] and "━" in final["text/html"]
    # At most ~10 redraws a second (plus the first and the final one of each epoch).
    assert len(shown) <= 10 * took + 2 * 3 + 3


def test_fit_verbose_2_prints_one_line_per_epoch(kernel):
    outputs, reply = run(kernel, "h = model.fit(x, y, epochs=2, batch_size=64, verbose=2)")
    assert reply["content"]["status"] == "ok"
    assert not displays(outputs)
    text = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")
    lines = text.splitlines()
    assert lines[0] == "Epoch 1/2" and lines[2] == "Epoch 2/2" and len(lines) == 4, text
    assert re.match(r"^63/63 - \d+s - \d+[mu]?s/step - accuracy: \d\.\d{4} - loss: \d\.\d{4}$", lines[1]), lines[1]


def test_fit_verbose_0_is_silent(kernel):
    outputs, reply = run(kernel, "h = model.fit(x, y, epochs=1, batch_size=64, verbose=0)")
    assert reply["content"]["status"] == "ok"
    assert outputs == []


def test_interrupt_mid_fit_answers_at_once_and_keeps_the_model(kernel):
    # Far more epochs than fit in the wait (an epoch of this model takes about 4 ms now): the
    # interrupt, not the end of training, must end the cell.
    msg_id = kernel.kc.execute("h = model.fit(x, y, epochs=100000, batch_size=64, verbose=1)")
    time.sleep(2.0)
    started = time.time()
    kernel.km.interrupt_kernel()
    reply = kernel.kc.get_shell_msg(timeout=10)
    answered = time.time() - started
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error", reply["content"]
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert answered < 0.1, f"the interrupt took {answered * 1000:.0f} ms"
    outputs, reply = run(kernel, "print(len(model.history.history['loss']) >= 1, model.predict(x[:3], verbose=0).shape)")
    assert reply["content"]["status"] == "ok", [m["content"] for m in outputs if m["msg_type"] == "error"]
    text = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")
    assert text == "True (3, 2)\n"


def test_tqdm_is_one_output_updated_in_place(kernel):
    code = ("from tqdm.auto import tqdm\nimport time\n"
            "bar = tqdm(range(30), desc='train')\n"
            "for i in bar:\n    time.sleep(0.01)\n    bar.set_postfix(loss=1.0 / (i + 1))\n")
    outputs, reply = run(kernel, code)
    assert reply["content"]["status"] == "ok"
    shown = displays(outputs)
    assert shown[0]["msg_type"] == "display_data"
    assert {display_id(m) for m in shown} == {display_id(shown[0])}
    final = shown[-1]["content"]["data"]["text/plain"]
    assert re.fullmatch(r"train: 100%\|██████████\| 30/30 \[00:00<00:00, +\d+\.\d\dit/s, loss=0\.0333\]", final), final


def test_tqdm_counts_updates_and_context_manager(kernel):
    code = ("from tqdm import tqdm\n"
            "with tqdm(total=200, desc='batches', leave=True) as bar:\n    for i in range(4):\n        bar.update(50)\n"
            "print(bar.n, str(bar).split('|')[0])")
    outputs, reply = run(kernel, code)
    assert reply["content"]["status"] == "ok"
    text = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")
    assert text == "200 batches: 100%\n"


def test_liveplot_redraws_the_curves_in_one_output(kernel):
    code = ("from cellgrad.callbacks import LivePlot\nplot = LivePlot()\n"
            "h = model.fit(x, y, epochs=3, batch_size=64, validation_split=0.2, verbose=0, callbacks=[plot])\n"
            "print(sorted(plot.logs))")
    outputs, reply = run(kernel, code)
    assert reply["content"]["status"] == "ok"
    # The output opens at on_train_begin (above fit's lines), then shows the curves in place.
    every = displays(outputs)
    assert every[0]["msg_type"] == "display_data" and "appear after the first epoch" in every[0]["content"]["data"]["text/plain"]
    shown = [m for m in every if "image/png" in m["content"]["data"]]
    assert shown and all(m["msg_type"] == "update_display_data" for m in shown)
    assert {display_id(m) for m in shown} == {display_id(every[0])}
    assert "<3 epochs:" in shown[-1]["content"]["data"]["text/plain"]


def test_liveplot_in_a_torch_loop(kernel):
    code = ("from cellgrad.callbacks import LivePlot\nplot = LivePlot()\n"
            "for epoch in range(5):\n    plot.update(epoch, loss=1.0 / (epoch + 1), val_loss=1.2 / (epoch + 1))\n")
    outputs, reply = run(kernel, code)
    assert reply["content"]["status"] == "ok"
    shown = [m for m in displays(outputs) if "image/png" in m["content"]["data"]]
    assert shown and "<5 epochs:" in shown[-1]["content"]["data"]["text/plain"], "the last redraw arrives by the cell's end"


def test_display_handles_update_and_clear_output(kernel):
    code = ("from IPython.display import display, update_display, clear_output, HTML, Markdown\n"
            "h = display(HTML('<b>one</b>'), display_id=True)\n"
            "h.update(Markdown('**two**'))\n"
            "update_display('three', display_id=h.display_id)\n"
            "clear_output(wait=True)\n"
            "print(repr(h).startswith('<DisplayHandle display_id='))")
    outputs, reply = run(kernel, code)
    assert reply["content"]["status"] == "ok"
    kinds = [m["msg_type"] for m in outputs]
    assert kinds[:4] == ["display_data", "update_display_data", "update_display_data", "clear_output"], kinds
    assert outputs[0]["content"]["data"]["text/html"] == "<b>one</b>"
    assert outputs[1]["content"]["data"]["text/markdown"] == "**two**"
    assert outputs[2]["content"]["data"]["text/plain"] == "'three'"
    assert outputs[3]["content"]["wait"] is True
    assert len({display_id(m) for m in outputs[:3]}) == 1


def test_tables_and_pictures(kernel):
    outputs, reply = run(kernel, "import torch\ntorch.arange(6.).reshape(2, 3)")
    result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
    assert "<table" in result["text/html"] and result["text/plain"].startswith("tensor(")
    code = ("from cellgrad.metrics import confusion_matrix\n"
            "confusion_matrix([0, 1, 1, 2], [0, 1, 2, 2], labels=[0, 1, 2], display_labels=['猫', '狗', '鸟'])")
    outputs, reply = run(kernel, code)
    result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
    assert result["text/plain"].startswith("array([[1, 0, 0],")
    assert result["image/png"]
    outputs, reply = run(kernel, "from torch import nn\nnn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 3))")
    result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
    assert result["text/plain"].startswith("Sequential(") and "<td>0</td><td><code>Linear(in_features=2" in result["text/html"]
    assert "<td style=\"text-align:right;padding:2px 10px\">51</td>" in result["text/html"]
    outputs, reply = run(kernel, "model.history")
    result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
    assert "<th style=\"text-align:right;padding:2px 10px\">loss</th>" in result["text/html"]
    outputs, reply = run(kernel, "import cellgrad\ncellgrad.plot_history(model.history)")
    assert reply["content"]["status"] == "ok", [m["content"] for m in outputs if m["msg_type"] == "error"]
    result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
    assert result["image/png"]


def test_draw_graph_shows_ops_and_gradients(kernel):
    code = ("import torch, cellgrad\nw = torch.randn(3, 2, requires_grad=True)\nb = torch.zeros(2, requires_grad=True)\n"
            "x = torch.randn(4, 3)\nloss = ((x @ w + b) ** 2).mean()\nloss.backward()\n"
            "cellgrad.draw_graph(loss, params={'w': w, 'b': b})")
    outputs, reply = run(kernel, code)
    assert reply["content"]["status"] == "ok", outputs
    result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
    assert result["image/png"]
    assert result["text/plain"].startswith("<autograd graph: ") and "Mm" in result["text/plain"]


def test_keras_summary_is_a_table_beside_keras_text(kernel):
    outputs, reply = run(kernel, "model.summary()")
    assert reply["content"]["status"] == "ok"
    shown = displays(outputs)
    assert len(shown) == 1 and not [m for m in outputs if m["msg_type"] == "stream"], outputs
    data = shown[0]["content"]["data"]
    text = data["text/plain"]
    assert text.startswith('Model: "sequential') and "┃ Layer (type)" in text and "│ dense" in text
    assert " Total params: " in text and " Trainable params: 178 (712.00 B)" in text
    html = data["text/html"]
    assert "<th>Layer (type)</th><th>Output Shape</th><th style=\"text-align:right\">Param #</th>" in html
    assert "<td>(None, 16)</td><td style=\"text-align:right\">144</td>" in html
    assert "<b>Trainable params:</b> 178 (712.00 B)" in html
    outputs, reply = run(kernel, "model")
    result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
    assert result["text/plain"].startswith("<Sequential name=sequential") and "<table>" in result["text/html"]
    outputs, reply = run(kernel, "from IPython.display import display\ndisplay(model)")
    assert "<th>Layer (type)</th>" in displays(outputs)[0]["content"]["data"]["text/html"]


def test_json_is_sent_as_a_json_object(kernel):
    code = ("from IPython.display import JSON, display\n"
            "display(JSON({'a': [1, 2.5, None], 'b': {'c': True}}))\n"
            "JSON('[1, \"two\"]')")
    outputs, reply = run(kernel, code)
    assert reply["content"]["status"] == "ok"
    data = displays(outputs)[0]["content"]["data"]
    assert data["application/json"] == {"a": [1, 2.5, None], "b": {"c": True}}
    assert data["text/plain"] == "<IPython.core.display.JSON object>"
    result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
    assert result["application/json"] == [1, "two"]


def test_a_picture_shows_as_a_png_of_its_pixels(kernel):
    """A PIL-style image (keras.utils.load_img, torchvision datasets) is shown as the picture:
    `_repr_png_` returns the file's bytes, which the kernel base64-encodes as IPython does."""
    import base64
    import os
    picture = os.path.join(os.path.dirname(__file__), "snippets", "keras", "fixtures", "picture.png")
    code = f"from keras.utils import load_img\nimg = load_img({picture!r}, target_size=(26, 34))\nimg"
    outputs, reply = run(kernel, code)
    assert reply["content"]["status"] == "ok", outputs
    result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
    assert result["text/plain"] == "<PIL.Image.Image image mode=RGB size=34x26>"
    png = base64.b64decode(result["image/png"])
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (34, 26)
