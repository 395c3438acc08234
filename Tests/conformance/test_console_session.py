"""What a console user meets (issue 14), judged against ipykernel on the same requests:
exit/quit end the session with an `ask_exit` payload, SystemExit is shown without a traceback,
input()/getpass() without stdin raise StdinNotImplementedError, the kernel dies with the process
that started it, and a new IOPub subscriber is greeted at once."""
import os
import re
import signal
import subprocess
import sys
import textwrap
import time

import pytest
import zmq
from jupyter_client.manager import start_new_kernel

from test_protocol import run, stdout_of

HAVE_IPYKERNEL = True
try:
    import ipykernel  # noqa: F401
except ImportError:
    HAVE_IPYKERNEL = False

# Each test runs against Cellgrad and, as the reference, ipykernel.
KERNELS = ["cellgrad"] + (["python3"] if HAVE_IPYKERNEL else [])
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(params=KERNELS)
def kernel(request):
    km, kc = start_new_kernel(kernel_name=request.param, startup_timeout=60)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def stderr_of(outputs):
    return "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")


def errors_of(outputs):
    return [m["content"] for m in outputs if m["msg_type"] == "error"]


def wait_dead(km, seconds=5):
    deadline = time.time() + seconds
    while time.time() < deadline and km.is_alive():
        time.sleep(0.1)
    return not km.is_alive()


@pytest.mark.parametrize("code", ["exit", "exit()", "quit()", "quit"])
def test_exit_asks_the_front_end_to_close_and_ends_the_kernel(kernel, code):
    km, kc = kernel
    reply, outputs = run(kc, code)
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["payload"] == [{"source": "ask_exit", "keepkernel": False}]
    assert errors_of(outputs) == []
    assert stdout_of(outputs) == ""
    assert wait_dead(km)


def test_the_rest_of_the_cell_runs_after_exit(kernel):
    km, kc = kernel
    reply, outputs = run(kc, "print(1)\nexit()\nprint(2)")
    assert stdout_of(outputs) == "1\n2\n"
    assert reply["content"]["payload"] == [{"source": "ask_exit", "keepkernel": False}]
    assert wait_dead(km)


def test_exit_keep_kernel_leaves_the_kernel_running(kernel):
    km, kc = kernel
    run(kc, "kept = 5")
    reply, _ = run(kc, "exit(keep_kernel=True)")
    assert reply["content"]["payload"] == [{"source": "ask_exit", "keepkernel": True}]
    time.sleep(1)
    assert km.is_alive()
    _, outputs = run(kc, "print(kept)")
    assert stdout_of(outputs) == "5\n"


@pytest.mark.parametrize("code, value", [("raise SystemExit", ""), ("raise SystemExit(3)", "3"),
                                         ("import sys\nsys.exit(2)", "2")])
def test_system_exit_is_shown_without_a_traceback_and_the_kernel_lives(kernel, code, value):
    km, kc = kernel
    reply, outputs = run(kc, code)
    content = reply["content"]
    assert content["status"] == "error"
    assert (content["ename"], content["evalue"]) == ("SystemExit", value)
    [error] = errors_of(outputs)
    assert [ANSI.sub("", line) for line in error["traceback"]] == [
        "An exception has occurred, use %tb to see the full traceback.\n",
        "SystemExit" + (": " + value if value else "") + "\n",
    ]
    assert "To exit: use 'exit', 'quit', or Ctrl-D." in stderr_of(outputs)
    assert content["payload"] == []
    time.sleep(0.5)
    assert km.is_alive()
    _, outputs = run(kc, "print('still here')")
    assert stdout_of(outputs) == "still here\n"


@pytest.mark.parametrize("code, asker", [("x = input('p? ')", "raw_input"),
                                         ("import getpass\ngetpass.getpass('pw: ')", "getpass")])
def test_input_without_stdin_raises_stdin_not_implemented(kernel, code, asker):
    _, kc = kernel
    msg_id = kc.execute(code, allow_stdin=False)
    reply = kc.get_shell_msg(timeout=20)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["ename"] == "StdinNotImplementedError"
    assert reply["content"]["evalue"] == f"{asker} was called, but this frontend does not support input requests."


def test_getpass_asks_for_a_hidden_line(kernel):
    _, kc = kernel
    kc.execute("import getpass\nsecret = getpass.getpass('Password: ')", allow_stdin=True)
    request = kc.get_stdin_msg(timeout=10)
    assert request["content"] == {"prompt": "Password: ", "password": True}
    kc.input("hunter2")
    reply = kc.get_shell_msg(timeout=10)
    assert reply["content"]["status"] == "ok"
    _, outputs = run(kc, "print(len(secret))")
    assert stdout_of(outputs) == "7\n"


LAUNCHER = textwrap.dedent("""
    import sys, time
    from jupyter_client.manager import KernelManager
    km = KernelManager(kernel_name=sys.argv[1])
    km.start_kernel()
    print(km.provisioner.process.pid, flush=True)
    time.sleep(600)
""")


def process_exists(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("kernel_name", KERNELS)
def test_the_kernel_exits_when_the_process_that_started_it_dies(kernel_name):
    launcher = subprocess.Popen([sys.executable, "-c", LAUNCHER, kernel_name], stdout=subprocess.PIPE, text=True)
    pid = int(launcher.stdout.readline())
    try:
        time.sleep(3)  # the kernel is up and watching
        assert process_exists(pid)
        launcher.send_signal(signal.SIGKILL)
        launcher.wait()
        deadline = time.time() + 5
        while time.time() < deadline and process_exists(pid):
            time.sleep(0.1)
        assert not process_exists(pid), "the orphaned kernel is still running"
    finally:
        if process_exists(pid):
            os.kill(pid, signal.SIGKILL)


def test_a_new_subscriber_is_welcomed_at_once(kernel):
    km, _ = kernel
    info = km.get_connection_info()
    ctx = zmq.Context.instance()
    delays = []
    for i in range(9):
        sub = ctx.socket(zmq.SUB)
        sub.connect(f"tcp://{info['ip']}:{info['iopub_port']}")
        time.sleep(0.2)  # connected, not yet subscribed
        # A topic of its own: XPUB passes on only subscriptions it has not seen.
        topic = f"probe-{os.getpid()}-{i}".encode()
        started = time.perf_counter()
        sub.setsockopt(zmq.SUBSCRIBE, topic)
        assert sub.poll(5000), "no iopub_welcome"
        frames = sub.recv_multipart()
        delays.append(time.perf_counter() - started)
        assert frames[0] == topic
        assert b"iopub_welcome" in frames[3]
        sub.close(linger=0)
    delays.sort()
    assert delays[len(delays) // 2] < 0.010, f"median welcome delay {delays[len(delays) // 2] * 1000:.1f} ms"
