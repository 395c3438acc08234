"""IPython's magics as IPython spells them (issue 14): the same cells go to Cellgrad and to
ipykernel, and the outputs are compared where they are deterministic; timings are checked
against IPython's own format."""
import re

import pytest
from jupyter_client.manager import start_new_kernel

from test_protocol import run, stdout_of

try:
    import ipykernel  # noqa: F401
    KERNELS = ["cellgrad", "python3"]
except ImportError:
    KERNELS = ["cellgrad"]

UNIT = r"(?:\d+(?:\.\d+)?(?:e[+-]\d+)? (?:s|ms|μs|ns)|\d+(?:min|h|d)(?: \d+(?:min|s))*)"
# IPython's TimeitResult line: "1.23 μs ± 4.5 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)"
TIMEIT = re.compile(rf"^({UNIT}) ± ({UNIT}) per loop \(mean ± std\. dev\. of (\d+) runs?, ([\d,]+) loops? each\)$")
TIME = re.compile(rf"^CPU times: user {UNIT}, sys: {UNIT}, total: {UNIT}\nWall time: {UNIT}\n$")


@pytest.fixture(scope="module", params=KERNELS)
def kernel(request):
    km, kc = start_new_kernel(kernel_name=request.param, startup_timeout=60)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def result_of(outputs):
    results = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
    return results[0] if results else None


def timeit_line(text):
    lines = [line for line in text.splitlines() if not line.startswith("The slowest run")]
    assert len(lines) == 1, text
    match = TIMEIT.match(lines[0])
    assert match, lines[0]
    return match


def test_timeit_with_loops_and_runs(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "%timeit -n 1000 -r 5 sum(range(10))", timeout=60)
    assert reply["content"]["status"] == "ok"
    match = timeit_line(stdout_of(outputs))
    assert match.group(3) == "5" and match.group(4) == "1,000"


def test_timeit_chooses_loops_and_seven_runs(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "x = 3\n%timeit x * x", timeout=120)
    assert reply["content"]["status"] == "ok"
    match = timeit_line(stdout_of(outputs))
    assert match.group(3) == "7"
    loops = int(match.group(4).replace(",", ""))
    assert loops >= 1000 and str(loops).rstrip("0") == "1"


def test_timeit_o_returns_the_result(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "r = %timeit -o -q -n 10 -r 3 sum(range(100))\nprint(r.loops, r.repeat, len(r.all_runs), len(r.timings))\nprint(r.best <= r.average <= r.worst)\nr")
    assert stdout_of(outputs) == "10 3 3 3\nTrue\n"
    text = result_of(outputs)
    assert text.startswith("<TimeitResult : ") and text.endswith(">")
    timeit_line(text[len("<TimeitResult : "):-1])


def test_cell_timeit_runs_the_setup_line_first(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "%%timeit -n 5 -r 2 xs = list(range(50))\nxs.reverse()")
    assert reply["content"]["status"] == "ok", reply["content"]
    match = timeit_line(stdout_of(outputs))
    assert match.group(3) == "2" and match.group(4) == "5"


def test_time_prints_cpu_and_wall_time_and_returns_the_value(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "%time sum(range(1000))")
    assert TIME.match(stdout_of(outputs)), stdout_of(outputs)
    assert result_of(outputs) == "499500"


def test_cell_time_runs_the_cell_and_shows_its_last_value(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "%%time\ntotal = 0\nfor i in range(10):\n    total += i\ntotal")
    assert TIME.match(stdout_of(outputs)), stdout_of(outputs)
    assert result_of(outputs) == "45"
    _, outputs = run(kc, "print(total)")
    assert stdout_of(outputs) == "45\n"


def test_time_reports_then_raises(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "%time 1/0")
    assert reply["content"]["ename"] == "ZeroDivisionError"
    assert TIME.match(stdout_of(outputs))


@pytest.fixture(scope="module")
def both():
    sessions = {}
    for name in KERNELS:
        sessions[name] = start_new_kernel(kernel_name=name, startup_timeout=60)
    yield sessions
    for km, kc in sessions.values():
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def same_output(both, code):
    """Runs `code` in a fresh namespace of every kernel; returns Cellgrad's (stdout, result)
    after checking that ipykernel gives the same."""
    seen = {}
    for name, (_, kc) in both.items():
        run(kc, "%reset -f")
        reply, outputs = run(kc, code)
        assert reply["content"]["status"] == "ok", (name, reply["content"])
        seen[name] = (stdout_of(outputs), result_of(outputs))
    if "python3" in seen:
        assert seen["cellgrad"] == seen["python3"]
    return seen["cellgrad"]


def test_who_lists_the_users_names_as_ipython(both):
    names = "".join(f"v{i} = {i}\n" for i in range(12))
    out, _ = same_output(both, names + "_hidden = 1\nword = 'x'\n%who")
    assert out.startswith("v0\t v1\t v10\t v11\t v2\t")
    out, _ = same_output(both, "a = 1\nb = 'two'\nc = [3]\n%who int")
    assert out == "a\t \n"
    out, _ = same_output(both, "%who")
    assert out == "Interactive namespace is empty.\n"


def test_whos_tables_as_ipython(both):
    out, _ = same_output(both, "count = 42\nname = 'Ada Lovelace'\nitems = [1, 2, 3]\nd = {'k': 1}\nlong = 'x' * 80\n%whos")
    assert out.splitlines()[0].split() == ["Variable", "Type", "Data/Info"]
    assert "n=3" in out


def test_whos_shows_arrays_as_ipython(both):
    same_output(both, "import numpy as np\na = np.zeros((3, 4))\nb = np.ones(20000, dtype=np.int64)\n%whos ndarray")


def test_reset_f_empties_the_namespace(both):
    out, _ = same_output(both, "gone = 1\n%reset -f\nprint('gone' in globals())")
    assert out == "False\n"


def test_matplotlib_inline_is_accepted(both):
    out, _ = same_output(both, "%matplotlib inline\nprint('ok')")
    assert out == "ok\n"


def test_magics_inside_blocks_and_assignments(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "for i in range(2):\n    %time i\nprint('done')")
    assert reply["content"]["status"] == "ok"
    assert stdout_of(outputs).count("Wall time") == 2
    assert stdout_of(outputs).endswith("done\n")


def test_history_lists_the_cells_as_typed():
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=60)
    try:
        run(kc, "x = 1")
        kc.execute("y = 2", silent=True)  # silent: not in the history
        kc.get_shell_msg(timeout=20)
        run(kc, "def f():\n    return x")
        _, outputs = run(kc, "%history")
        assert stdout_of(outputs) == "x = 1\ndef f():\n    return x\n%history\n"
        _, outputs = run(kc, "%history -n")
        assert stdout_of(outputs) == "   1: x = 1\n   2:\ndef f():\n    return x\n   3: %history\n   4: %history -n\n"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_lsmagic_lists_what_is_there():
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=60)
    try:
        _, outputs = run(kc, "%lsmagic")
        text = result_of(outputs)
        assert text.startswith("Available line magics:\n")
        for magic in ("%time", "%timeit", "%who", "%whos", "%reset", "%history", "%matplotlib", "%%time", "%%timeit"):
            assert magic in text
        # Every magic listed runs.
        reply, _ = run(kc, "%who\n%whos\n%history\n%matplotlib inline\n%time 1\n%timeit -n 1 -r 1 1")
        assert reply["content"]["status"] == "ok"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


@pytest.mark.parametrize("code, words", [("%pip install torch", ["%pip", "not available", "built in"]),
                                         ("!ls -la", ["shell commands (!ls -la)", "not available"]),
                                         ("files = !ls", ["shell commands (!ls)", "not available"])])
def test_shell_and_pip_say_they_are_not_available(code, words):
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=60)
    try:
        reply, outputs = run(kc, code)
        content = reply["content"]
        assert content["status"] == "error"
        assert content["ename"] == "NotImplementedError"
        for w in words:
            assert w in content["evalue"]
        _, outputs = run(kc, "print('alive')")
        assert stdout_of(outputs) == "alive\n"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


@pytest.mark.parametrize("code, message", [
    ("%nosuchmagic 1", "Line magic function `%nosuchmagic` not found."),
    ("%%nosuchmagic\nx = 1", "Cell magic `%%nosuchmagic` not found."),
    ("%timeit -z 1", 'option -z not recognized (allowed: "n:r:tcp:qov:")'),
])
def test_a_magic_used_wrongly_is_a_usage_error_as_in_ipython(both, code, message):
    for name, (_, kc) in both.items():
        reply, outputs = run(kc, code)
        assert (reply["content"]["ename"], reply["content"]["evalue"]) == ("UsageError", message), name
        assert reply["content"]["traceback"] == [], name
        assert [m for m in outputs if m["msg_type"] == "error"] == [], name
        stderr = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")
        assert stderr == f"UsageError: {message}\n", name


def test_escapes_inside_strings_are_text(both):
    out, _ = same_output(both, 's = """\n%not a magic\n!nor a command\n"""\nprint(s)')
    assert out == "\n%not a magic\n!nor a command\n\n"


def test_cell_timeit_with_an_indented_body(both):
    for name, (_, kc) in both.items():
        reply, outputs = run(kc, "%%timeit -n 2 -r 1\n    y = 1\n    y += 1")
        assert reply["content"]["status"] == "ok", (name, reply["content"])
        timeit_line(stdout_of(outputs))


@pytest.mark.parametrize("code", [
    ">>> x = 6\n>>> print(x * 7)",
    ">>> def f(a):\n...     return a * 2\n>>> print(f(21))",
    "In [1]: y = 5\nIn [2]: print(y)",
    "In [1]: def g():\n   ...:     return 3\n   ...: \nIn [2]: print(g())",
    "    a = 1\n    print(a + 1)",
    "s = '''\n>>> maybe a prompt\n'''\nprint(s)",
    "'''\n>>> kept\n'''",
])
def test_pasted_prompts_and_indentation_run_as_in_ipython(both, code):
    same_output(both, code)
