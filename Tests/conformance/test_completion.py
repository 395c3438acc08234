"""complete_request as a new user meets it (issue 14): live attributes, module members, names
the cell imports above the cursor before it runs, keyword arguments of the open call, dict
keys and file paths in strings."""
import os

import pytest

from test_pyplot import Kernel


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    k = Kernel(tmp_path_factory.mktemp("kernelspec"))
    outputs, reply = k.run("import os\nos.makedirs('cg_data/sub', exist_ok=True)\nopen('cg_data/train.csv', 'w').write('x')\n"
                           "config = {'learning_rate': 0.1, 'layers': 3}\nclass Net:\n    def __init__(self):\n        self.hidden = 4\nnet = Net()")
    assert reply["content"]["status"] == "ok", outputs
    yield k
    k.run("import os\nos.remove('cg_data/train.csv')\nos.rmdir('cg_data/sub')\nos.rmdir('cg_data')")
    k.close()


def complete(kernel, code, cursor=None):
    msg_id = kernel.kc.complete(code, len(code) if cursor is None else cursor)
    while True:
        reply = kernel.kc.get_shell_msg(timeout=10)
        if reply["parent_header"]["msg_id"] == msg_id:
            return reply["content"]


def test_names_imported_earlier_in_the_same_cell(kernel):
    c = complete(kernel, "import numpy as np\nnp.zer")
    assert "np.zeros" in c["matches"] and "np.zeros_like" in c["matches"]
    c = complete(kernel, "from torch import nn\nnn.Lin")
    assert "nn.Linear" in c["matches"]


def test_attributes_of_live_objects_and_modules(kernel):
    assert "net.hidden" in complete(kernel, "net.hid")["matches"]
    assert "os.path" in complete(kernel, "os.pa")["matches"]


def test_keyword_arguments_of_the_open_call(kernel):
    c = complete(kernel, "import numpy as np\nnp.linspace(0, 1, num")
    assert "num=" in c["matches"]
    c = complete(kernel, "sorted([3, 1], rev")
    assert "reverse=" in c["matches"]


def test_dict_keys(kernel):
    code = "config['lea"
    c = complete(kernel, code)
    assert c["matches"] == ["learning_rate"]
    assert c["cursor_start"] == len("config['")


def test_paths_in_strings(kernel):
    c = complete(kernel, "open('cg_data/tr")
    assert c["matches"] == ["cg_data/train.csv"]
    c = complete(kernel, "open('cg_da")
    assert c["matches"] == ["cg_data/"]
