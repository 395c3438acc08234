"""is_complete, differentially: for every text the Cellgrad kernel must answer what ipykernel
answers (status, and the indent when incomplete). `jupyter console` decides from this answer
whether Enter runs the cell or opens a new line, so a wrong "incomplete" means a block that
never runs (issue 14). Both kernels are started through jupyter_client and asked the same
texts; ipykernel comes from PyPI (Tests/requirements.txt)."""
import pytest
from jupyter_client.manager import start_new_kernel

pytest.importorskip("ipykernel")

# Texts a student types, one by one.
SINGLE = [
    "x = [1,\n 2]", "def )(", "def f(a):\n    return a * 2\n    ", "def f(a):\n    return a * 2",
    "def f(a):\n    return a * 2\n", "def f(a):\n    return a * 2\n\n", "'''abc", "'''abc\n", "x = '''abc\ndef",
    "'abc", "print('hello", "print('hello',", "x = (", "x = (\n", "x = (1,\n  2", "a = 1 \\", "a = 1 \\\n",
    "a = 1 \\\n  + 2", "if x:", "if x:\n", "if x:\n    pass", "if x:\n    pass\n", "if x:\n    pass\nelse:",
    "if x:\n    pass\nelse:\n    y = 1\n", "for i in range(3):\n    print(i)\n  ", "try:\n    pass",
    "try:\n    pass\n", "try:\n    pass\n\n", "@dec", "@dec\n", "@dec\ndef f(): pass",
    "class A:\n    def f(self):\n        return 1", "class A:\n    def f(self):\n        return 1\n",
    "class A:\n    def f(self):\n        return 1\n    ", "class A:\n    def f(self):\n        return 1\n        ",
    "x = 1\n  ", "  x = 1", "  x = 1\n", "# comment", "# comment\n", "", "\n", "   ", "x = 1  # c", "if x:  # c",
    "1 +* 2", "import = 7q", ")", "x = )", "x = (1))", "(1))\n(", "%time x = (", "%%time\nx = 1",
    "%%time\nx = 1\n", "%%time\nx = 1\n\n", "!ls", "x?", "len??", "%matplotlib inline", "x = %who",
    "files = !ls", "def f(x):", "def f(x):\n    ", "def f(x):\n    \n", "lambda: (", "x = {", "x = {'a': 1,\n",
    "x = {'a': 1}\n", "while True:\n    break\n", "with open('f') as f:", "x = 1;", "x = 1; y = 2",
    "print(1)\nprint(2)", "if True:\n    x = 1\nprint(x)", "if True:\n    x = 1\nprint(x)\n", "s = f'{x'",
    "s = f'{x}'", 's = """a\nb"""', 's = """a\nb', "del", "return", "yield x", "break", "continue", "x ==", "x +",
    "x = 1 +", "x = [i for i in", "def f(:\n", "if x\n", "if x", "else:", "elif y:", "pass\n    pass", "\tx = 1",
    "if x:\n\ty = 1", "if x:\n\ty = 1\n", "x = 1\n\n\n", "x = 1\n\n  ", "def f():\n  return 1\n\n",
    "def f():\n  return 1\n  \n", "x = [1,\n 2,\n", "foo(a,\n    b=2)", "foo(a,\n    b=2", "print 'hi'", "exit",
    "quit()", "x = 0x", "x = 'a' 'b'", "x = \\", "for x in y:\n    if x:\n        continue\n",
    "for x in y:\n    if x:\n        continue", "def f():\n    '''doc", "def f():\n    '''doc\n    '''\n", "x = [\n",
    "]", "(\n)\n", "@", "@property", "import os, sys", "from x import (a,\n", "global x", "assert x, 'm'",
    "x: int = 1", "x: int", "raise", "*a, b = c", "a, *b = c", "x = 1\n)", "s = 'a\\\nb'", "s = 'a\\\n",
    "d = {1: 2,\n     3: 4}", "while x:\n    x -= 1\n    if x == 3:\n        break", "x = y if z else",
    "try:\n    f()\nexcept ValueError as e:", "try:\n    f()\nexcept ValueError as e:\n    print(e)\n",
    "try:\n    f()\nfinally:\n    g()", "with a as b, c as d:\n    pass\n", "x = [i\n     for i in range(3)\n     if i]",
    "def f(*args, **kwargs):\n    return args", "class B(A):\n    x = 1\n\n    def g(self):\n        pass\n",
    "import numpy as np\nnp.zeros(3)", "x = 1 # comment\n# another", "if x:\n    # comment\n", "if x:\n# comment",
    "    \n    x = 1", "\n\nx = 1", "print('a')\n\n\n", "def f():\n    return (1 +\n", "x = 'it''s'",
    "r = r'\\d+'", "b = b'abc'", "f'{a}' f'{b}'", "x = 1e5", "x = 0b101", "x = 1_000", "x = .5", "x = 5.",
    "x = [1, 2, 3][", "x = {**a, 'b': 1}", "del x[0]", "x[1:2]", "x[1:", "lambda x: x + 1", "lambda x:",
    "nonlocal x", "yield", "return 1",
    # Escapes count only at the start of a statement, not inside strings or brackets.
    's = """\n!x"""', 's = """\n%foo\n', "x = (\n%foo\n)", "x = [\n!ls\n", "if x:\n    %time f()\n",
    "for i in y:\n    !ls", "%%timeit\n    y = 1\n",
    # Pasted prompts: doctest and IPython console.
    ">>> x = 1", ">>> def f(x):", ">>> def f(x):\n...     return x", ">>> def f(x):\n...     return x\n",
    ">>> for i in range(2):\n...     print(i)\n...", "In [1]: x = 1", "In [1]: def f():\n   ...:     return 1\n",
    "In [1]: def f():\n   ...:     return 1", "x = '''\n>>> not a prompt\n'''", "'''\n>>> kept\n'''", "  >>> x = 1",
    "...", ">>>", ">>> x = (1,\n... 2", "    def f():\n        return 1", "    x = 1\n  y = 2",
]

# Blocks typed line by line in `jupyter console`: every prefix, without a trailing newline and
# with the console's empty next line (a newline and the indent it offers, then the user's Enter).
BLOCKS = [
    "def f(a):\n    return a * 2",
    "for i in range(3):\n    if i % 2:\n        print(i)\n    else:\n        print(-i)",
    "class Net:\n    def __init__(self):\n        self.w = [1,\n                  2]\n\n    def forward(self, x):\n        return x",
    "try:\n    1 / 0\nexcept ZeroDivisionError:\n    print('no')\nfinally:\n    print('done')",
    "while True:\n    x = input()\n    if x == 'q':\n        break",
    "total = 0\nfor x in [1, 2, 3]:\n    total += x\nprint(total)",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "with open('f') as fh:\n    data = fh.read()",
    "def g():\n    '''A docstring\n    over lines.'''\n    return 1",
    "x = {\n    'a': 1,\n    'b': [1, 2,\n          3],\n}",
]


def console_texts():
    texts = []
    for block in BLOCKS:
        lines = block.split("\n")
        for k in range(1, len(lines) + 1):
            text = "\n".join(lines[:k])
            texts.append(text)
            indent = len(lines[k - 1]) - len(lines[k - 1].lstrip(" "))
            for extra in sorted({0, indent, indent + 4}):
                texts.append(text + "\n" + " " * extra)
    return texts


TEXTS = list(dict.fromkeys(SINGLE + console_texts()))


def ask(kc, code):
    msg_id = kc.is_complete(code)
    while True:
        reply = kc.get_shell_msg(timeout=20)
        if reply["parent_header"].get("msg_id") == msg_id:
            content = reply["content"]
            return (content["status"], content.get("indent") if content["status"] == "incomplete" else None)


@pytest.fixture(scope="module")
def answers():
    result = {}
    for name in ("python3", "cellgrad"):
        km, kc = start_new_kernel(kernel_name=name, startup_timeout=60)
        try:
            result[name] = {text: ask(kc, text) for text in TEXTS}
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    return result


def test_enough_texts():
    assert len(TEXTS) >= 100


def test_is_complete_answers_as_ipykernel(answers):
    ours, theirs = answers["cellgrad"], answers["python3"]
    differ = [f"{text!r}: cellgrad {ours[text]}, ipykernel {theirs[text]}" for text in TEXTS if ours[text] != theirs[text]]
    assert not differ, f"{len(differ)} of {len(TEXTS)} answers differ:\n" + "\n".join(differ)


def test_the_issue_examples(answers):
    # Issue 14's three examples, as ipykernel answers them.
    ours = answers["cellgrad"]
    assert ours["x = [1,\n 2]"] == ("complete", None)
    assert ours["def )("] == ("invalid", None)
    assert ours["def f(a):\n    return a * 2\n    "] == ("complete", None)
    assert ours["def f(a):\n    return a * 2"] == ("incomplete", "    ")
