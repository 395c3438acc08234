"""A cell that puts its own object in sys.stdout (io.StringIO, contextlib.redirect_stdout)
gets there what CPython and IPython write there: help()'s text, the text of display() where
output is text only (`cellgrad run`), Keras's progress lines and summary. Rich displays in a
notebook still go to the front end, as IPython's do."""
import subprocess

from snippetlib import cellgrad_path
from test_fuzz import kernel  # noqa: F401  (one kernel for the module)
from test_protocol import run, stdout_of

CAPTURE = "import io, contextlib\nf = io.StringIO()\nwith contextlib.redirect_stdout(f):\n"


def test_help_writes_to_a_redirected_stdout(kernel):
    _, kc = kernel
    reply, outputs = run(kc, CAPTURE + "    help(len)\n    help()\nprint(len(f.getvalue()) > 20, 'help(object)' in f.getvalue())")
    assert reply["content"]["status"] == "ok", reply["content"]
    assert stdout_of(outputs) == "True True\n"


def test_keras_progress_goes_to_a_redirected_stdout(kernel):
    _, kc = kernel
    code = ("import numpy as np, keras\nmodel = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n"
            "model.compile(optimizer='sgd', loss='mse')\nx = np.ones((8, 3)); y = np.ones((8, 1))\n"
            + CAPTURE + "    model.fit(x, y, epochs=2, batch_size=4, verbose=1)\n    model.evaluate(x, y, verbose=2)\n"
            "    model.summary()\n"
            "text = f.getvalue()\nprint('Epoch 1/2' in text, 'Epoch 2/2' in text, '2/2' in text, 'Total params' in text)")
    reply, outputs = run(kc, code, timeout=60)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert stdout_of(outputs) == "True True True True\n"
    assert not [m for m in outputs if m["msg_type"] in ("display_data", "update_display_data")]


def test_display_in_a_notebook_still_reaches_the_front_end(kernel):
    _, kc = kernel
    reply, outputs = run(kc, CAPTURE + "    from IPython.display import display\n    display(42)\nprint(repr(f.getvalue()))")
    assert reply["content"]["status"] == "ok", reply["content"]
    assert [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "display_data"] == ["42"]
    assert stdout_of(outputs) == "''\n"


def test_display_as_text_goes_to_a_redirected_stdout(tmp_path):
    script = tmp_path / "display.py"
    script.write_text(CAPTURE + "    from IPython.display import display\n    display(42)\n    display('text')\n"
                      "print(repr(f.getvalue()))\n")
    out = subprocess.run([str(cellgrad_path()), "run", str(script)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == repr("42\n'text'\n") + "\n"
