"""Issue 16's table, one regression test per row, through jupyter_client against the kernel:
nothing a class types kills, wedges or bloats it. The language rows are also differential
snippets (snippets/language/490-492); here they are checked where they used to hurt, in the
kernel: its life, its answer to interrupts, and its memory."""
import os
import time

import pytest
from jupyter_client.manager import start_new_kernel

from test_fuzz import kernel  # noqa: F401  (one kernel for the module)
from test_protocol import run, stdout_of


def error_of(reply):
    content = reply["content"]
    return content["status"], content.get("ename"), content.get("evalue")


def value_of(kc, expression):
    reply, outputs = run(kc, f"print(({expression}))")
    assert reply["content"]["status"] == "ok", reply["content"]
    return stdout_of(outputs).strip()


def interrupted(km, kc, code, after=0.5, timeout=10):
    """Runs `code`, interrupts it `after` seconds in; the reply and the seconds the kernel
    took to answer the interrupt."""
    msg_id = kc.execute(code)
    time.sleep(after)
    started = time.time()
    km.interrupt_kernel()
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply, time.time() - started


def test_self_referencing_lists_compare_with_a_recursion_error(kernel):
    km, kc = kernel
    reply, _ = run(kc, "a = []; a.append(a); b = []; b.append(b); a == b")
    assert error_of(reply)[:2] == ("error", "RecursionError")
    assert "in comparison" in error_of(reply)[2]
    assert km.is_alive()
    assert value_of(kc, "a == a, repr(a), len(a)") == "(True, '[[...]]', 1)"


def test_a_ten_million_deep_list_is_freed(kernel):
    km, kc = kernel
    reply, _ = run(kc, "x = []\nfor _ in range(10_000_000): x = [x]\ndel x\nprint('freed')", timeout=120)
    assert reply["content"]["status"] == "ok"
    assert km.is_alive()
    assert value_of(kc, "'alive'") == "alive"


def test_repr_of_a_million_deep_list_is_a_recursion_error(kernel):
    km, kc = kernel
    run(kc, "deep = []\nfor _ in range(1_000_000): deep = [deep]")
    started = time.time()
    reply, _ = run(kc, "repr(deep)")
    assert error_of(reply)[:2] == ("error", "RecursionError")
    assert "while getting the repr of an object" in error_of(reply)[2]
    assert time.time() - started < 10
    reply, _ = run(kc, "deep")  # the cell's result is shown through repr too
    assert error_of(reply)[:2] == ("error", "RecursionError")
    run(kc, "del deep")


@pytest.mark.parametrize("cell", ["'{:>1000000000000}'.format('x')", "f'{1:>10000000000000}'",
                                  "'%1000000000000d' % 1", "'x'.center(10**15)"])
def test_format_width_bombs_are_memory_errors(kernel, cell):
    km, kc = kernel
    reply, _ = run(kc, cell)
    assert error_of(reply)[:2] == ("error", "MemoryError")
    assert km.is_alive()


def test_huge_ranges(kernel):
    km, kc = kernel
    started = time.time()
    reply, _ = run(kc, "list(range(10**18))")
    assert error_of(reply)[:2] == ("error", "MemoryError")
    assert time.time() - started < 5
    reply, _ = run(kc, "len(range(-2**62, 2**62))")
    assert error_of(reply) == ("error", "OverflowError", "Python int too large to convert to C ssize_t")
    assert value_of(kc, "range(-2**62, 2**62)[3], 5 in range(-2**62, 2**62)") == "(-4611686018427387901, True)"


def test_substring_search_is_linear(kernel):
    km, kc = kernel
    run(kc, "s = 'a' * 2_000_000; needle = 'a' * 1_000_000 + 'b'")
    started = time.time()
    assert value_of(kc, "s.find(needle), s.count(needle), needle in s, s.rfind(needle), len(s.split(needle))") \
        == "(-1, 0, False, -1, 1)"
    # CPython takes 0.06 s; a quadratic search took more than a minute.
    assert time.time() - started < 5


def test_interrupting_a_comprehension_that_filters_everything(kernel):
    km, kc = kernel
    reply, took = interrupted(km, kc, "[x for x in range(10**12) if x < 0]")
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")
    assert took < 2
    reply, took = interrupted(km, kc, "sum(x for x in range(10**12) if x < 0)")
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")
    reply, took = interrupted(km, kc, "sum(range(10**12))")
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")


def test_interrupting_long_numpy_work(kernel):
    km, kc = kernel
    run(kc, "import numpy as np\na = np.random.rand(2000, 2000)\nbig = np.random.rand(20_000_000)")
    reply, took = interrupted(km, kc, "r = [a @ a for _ in range(1000)]", after=1.0)
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")
    assert took < 2
    reply, took = interrupted(km, kc, "for _ in range(1000): e = np.exp(big) + np.sin(big)", after=1.0)
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")
    assert took < 2
    assert value_of(kc, "a.shape, big.shape") == "((2000, 2000), (20000000,))"


def test_an_interrupt_during_native_work_is_not_lost(kernel):
    km, kc = kernel
    run(kc, "import numpy as np")
    # One long native call with nothing else in the cell to poll the flag: the interrupt
    # arrives while it runs, and the statement after it must not run.
    reply, _ = interrupted(km, kc, "side = 0\nr = np.sort(np.random.rand(20_000_000))\nside = 1", after=0.8)
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")
    assert value_of(kc, "side") == "0"


def test_printing_a_huge_array_reads_only_its_corners(kernel):
    km, kc = kernel
    run(kc, "import numpy as np\nview = np.broadcast_to(np.arange(10.0), (20, 1000000, 10))")
    started = time.time()
    reply, outputs = run(kc, "print(view)\nrepr(view)\nstr(view.T)")
    # NumPy prints it in 0.04 s; reading all 200,000,000 elements took more than 15.
    assert reply["content"]["status"] == "ok"
    assert time.time() - started < 3
    assert stdout_of(outputs).startswith("[[[0. 1. 2. ... 7. 8. 9.]\n")
    run(kc, "del view")


def test_padding_an_eleven_dimensional_array(kernel):
    km, kc = kernel
    run(kc, "import numpy as np\ncube = np.arange(3).reshape((1,) * 10 + (3,))")
    started = time.time()
    # 68,359,375 elements: NumPy takes 15 s, axis by axis; one pass over the output here.
    assert value_of(kc, "np.pad(cube, 2).shape, int(np.pad(cube, 2).sum())") == \
        "((5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7), 3)"
    assert time.time() - started < 20
    reply, took = interrupted(km, kc, "while True: p = np.pad(cube, 2, mode='edge')", after=1.0)
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")
    assert took < 2
    run(kc, "del cube")


def test_interrupting_sorts(kernel):
    km, kc = kernel
    run(kc, "import numpy as np\nbig = np.random.rand(20_000_000)\nlong_list = big[:3_000_000].tolist()")
    for cell in ["while True: s = np.sort(big)", "while True: s = np.argsort(big)",
                 # Three copies, so the sort itself outlasts the 0.7 s before the interrupt
                 # however fast the machine (one copy with a key took under 0.7 s).
                 "s = sorted(long_list * 3)", "(long_list * 3).sort(key=lambda x: -x)"]:
        reply, took = interrupted(km, kc, cell, after=0.7)
        assert error_of(reply)[:2] == ("error", "KeyboardInterrupt"), cell
        assert took < 2, cell
    assert value_of(kc, "len(long_list), big.shape") == "(3000000, (20000000,))"
    run(kc, "del big, long_list")


def test_interrupting_the_png_of_a_huge_figure(kernel):
    km, kc = kernel
    run(kc, "import io\nimport matplotlib.pyplot as plt")
    code = ("while True:\n    fig = plt.figure(figsize=(90, 90), dpi=100)\n    plt.plot([0, 1], [1, 0])\n"
            "    fig.savefig(io.BytesIO(), format='png')\n    plt.close(fig)")
    reply, took = interrupted(km, kc, code, after=1.5)
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")
    assert took < 2
    run(kc, "plt.close('all')")


@pytest.mark.parametrize("cell", ["''.join(['x' * 10**8] * 10**6)", "b'-'.join([b'x' * 10**8] * 10**6)"])
def test_joins_check_their_total_before_allocating(kernel, cell):
    km, kc = kernel
    started = time.time()
    reply, _ = run(kc, cell)
    assert error_of(reply)[:2] == ("error", "MemoryError")
    assert time.time() - started < 5
    assert km.is_alive()


@pytest.mark.parametrize("cell", ["m[::-4611686018427387904]", "m[::2**63 - 1]", "m[5::-2**63]", "t[::-2**62]",
                                  "s[::2**62]", "b[::-2**62]", "a[::-2**62, ::2**62]", "a[-2**63::2**63 - 1]",
                                  "range(9)[::-2**62]", "slice(-2**63, 2**100, -2**62).indices(2**62)"])
def test_slices_with_huge_steps_answer(kernel, cell):
    km, kc = kernel
    run(kc, "import numpy as np\nm = list(range(10))\nt = tuple(m)\ns = 'héllo'\nb = b'bytes'\n"
            "a = np.arange(12).reshape(3, 4)")
    reply, _ = run(kc, cell)
    assert reply["content"]["status"] == "ok", (cell, reply["content"])
    assert km.is_alive()


@pytest.mark.parametrize("cell", ["'7'.zfill(10**8)", "'7'.rjust(10**8)", "'7'.ljust(10**8, '日')",
                                  "'7'.center(10**8)", "'{:>100000000}'.format(7)", "f'{7:0100000000,}'",
                                  "'%100000000d' % 7", "repr('x' * 10**8)", "'ab' * 5 * 10**7"])
def test_wide_padding_and_big_reprs_are_fast(kernel, cell):
    km, kc = kernel
    started = time.time()
    reply, _ = run(kc, f"x = {cell}\ndel x")
    assert reply["content"]["status"] == "ok", (cell, reply["content"])
    # CPython: about 0.06 s each (0.24 s the repr); one character at a time took 2-5 s idle
    # and tens of seconds loaded. A bulk fill takes 0.1-0.6 s idle; the bound leaves room for
    # a loaded CI machine (3.4 s seen for the CJK ljust).
    assert time.time() - started < 10, cell


def test_interrupting_compressed_saves_and_unsummarised_prints(kernel, tmp_path):
    km, kc = kernel
    run(kc, f"import numpy as np, sys, io, os\nos.chdir({str(tmp_path)!r})\nbig = np.random.rand(30_000_000)")
    # Measured on the loaded 2-core VM (harden5): 13-54 ms to answer a save, 8-58 ms a print
    # (2.2-2.9 s and 4.4 s before: the copies around the coder were not checked and the
    # layout walked every element after the interrupt). The bounds below catch a regression
    # to that on a shared CI machine, not the 100 ms target (test_interrupt_timing.py).
    reply, took = interrupted(km, kc, "while True: np.savez_compressed('big.npz', big=big)", after=1.0, timeout=30)
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")
    assert took < 2
    run(kc, "np.set_printoptions(threshold=sys.maxsize)")
    reply, took = interrupted(km, kc, "while True: text = str(big)", after=1.0, timeout=30)
    assert error_of(reply)[:2] == ("error", "KeyboardInterrupt")
    assert took < 2
    run(kc, "np.set_printoptions(threshold=1000)\ndel big")
    assert value_of(kc, "np.arange(3)") == "[0 1 2]"


def resident_mb(kc):
    return int(value_of(kc, "int(open('/proc/self/statm').read().split()[1]) * 4096 // 2**20"))


def test_a_trap_releases_what_the_abandoned_frames_held(kernel):
    km, kc = kernel
    run(kc, "import sys\nimport numpy as np\ndef f():\n    a = np.ones(12_500_000)\n    sys._cellgrad_trap()")
    run(kc, "f()")
    before = resident_mb(kc)
    for _ in range(5):
        reply, _ = run(kc, "f()")
        assert error_of(reply)[:2] == ("error", "SystemError")
    # Each run allocates 100 MB; kept, five runs would add 500 MB.
    assert resident_mb(kc) - before < 150


def test_a_memory_ceiling_makes_memory_errors_and_the_kernel_lives():
    env = dict(os.environ, CELLGRAD_MAX_MEMORY="1G")
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=30, env=env)
    try:
        run(kc, "import numpy as np\nkeep = 'me'")
        reply, _ = run(kc, "x = np.ones(200_000_000)")
        status, ename, evalue = error_of(reply)
        assert (status, ename) == ("error", "MemoryError")
        assert "Unable to allocate" in evalue
        reply, _ = run(kc, "big = []\nwhile True: big.append([0] * 100_000)", timeout=60)
        status, ename, evalue = error_of(reply)
        assert (status, ename) == ("error", "MemoryError")
        assert "CELLGRAD_MAX_MEMORY" in evalue
        run(kc, "del big")
        assert km.is_alive()
        assert value_of(kc, "keep, float(np.ones(1000).sum())") == "('me', 1000.0)"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
