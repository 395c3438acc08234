"""Protocol behaviour through jupyter_client: signing, interrupt, busy control channel,
garbage frames, restart."""
import time

import pytest
import zmq
from jupyter_client.manager import start_new_kernel


@pytest.fixture()
def kernel():
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=30)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def run(kc, code, timeout=20):
    msg_id = kc.execute(code)
    outputs = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        outputs.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=timeout)
    return reply, outputs


def stdout_of(outputs):
    return "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def test_state_persists_and_errors_keep_state(kernel):
    _, kc = kernel
    run(kc, "x = 41")
    reply, outputs = run(kc, "x += 1\n1/0")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "ZeroDivisionError"
    error = [m for m in outputs if m["msg_type"] == "error"][0]
    assert any("1/0" in line for line in error["content"]["traceback"])
    _, outputs = run(kc, "print(x)")
    assert stdout_of(outputs) == "42\n"


def test_a_trap_in_a_builtin_ends_the_cell_not_the_session(kernel):
    km, kc = kernel
    run(kc, "x = 41")
    for _ in range(2):  # a second trap is caught as well
        reply, outputs = run(kc, "import sys\nprint('before')\nsys._cellgrad_trap()\nprint('after')")
        assert reply["content"]["status"] == "error"
        assert reply["content"]["ename"] == "SystemError"
        assert stdout_of(outputs) == "before\n"
    # Generator bodies run on their own threads; a trap there is caught too.
    reply, _ = run(kc, "import sys\ndef g():\n    yield 1\n    sys._cellgrad_trap()\nlist(g())")
    assert reply["content"]["ename"] == "SystemError"
    assert km.is_alive()
    _, outputs = run(kc, "print(x + 1)")
    assert stdout_of(outputs) == "42\n"


def test_wrongly_signed_request_is_not_run(kernel):
    km, kc = kernel
    session = kc.session
    good_key = session.key
    session.key = b"not-the-key"
    from jupyter_client.session import Session
    bad = Session(key=b"not-the-key")
    kc.session = bad
    kc.execute("ran = 1")
    time.sleep(0.5)
    kc.session = session
    session.key = good_key
    reply, outputs = run(kc, "print('ran' in globals())")
    assert stdout_of(outputs) == "False\n"


def test_interrupt_stops_a_busy_loop_and_the_session_goes_on(kernel):
    km, kc = kernel
    run(kc, "keep = 'me'")
    msg_id = kc.execute("while True: pass")
    time.sleep(0.5)
    started = time.time()
    # The control channel answers while the shell is busy.
    request = kc.session.msg("kernel_info_request")
    kc.control_channel.send(request)
    info = kc.get_control_msg(timeout=5)
    assert info["parent_header"]["msg_id"] == request["header"]["msg_id"]
    assert info["content"]["status"] == "ok"
    assert time.time() - started < 2
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    _, outputs = run(kc, "print(keep)")
    assert stdout_of(outputs) == "me\n"


def test_garbage_frames_leave_the_kernel_alive(kernel):
    km, kc = kernel
    ctx = zmq.Context.instance()
    info = km.get_connection_info()
    for port in (info["shell_port"], info["control_port"]):
        sock = ctx.socket(zmq.DEALER)
        sock.connect(f"tcp://{info['ip']}:{port}")
        for i in range(500):
            frames = [b"garbage", b"<IDS|MSG>", b"sig", b"{not json", b"{}"] if i % 2 else [bytes([i % 256]) * (i % 7 + 1)]
            sock.send_multipart(frames)
        sock.close(linger=100)
    time.sleep(0.5)
    reply, outputs = run(kc, "print(6*7)")
    assert stdout_of(outputs) == "42\n"


def test_input_request_round_trip(kernel):
    _, kc = kernel
    msg_id = kc.execute("name = input('who? ')\nprint('hi', name)", allow_stdin=True)
    request = kc.get_stdin_msg(timeout=10)
    assert request["content"]["prompt"] == "who? "
    kc.input("Ada")
    reply = kc.get_shell_msg(timeout=10)
    assert reply["content"]["status"] == "ok"
    _, outputs = run(kc, "print(name)")
    assert stdout_of(outputs) == "Ada\n"


def test_restart_gives_a_fresh_session(kernel):
    km, kc = kernel
    run(kc, "before = 1")
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=30)
    reply, outputs = run(kc, "print('before' in globals())")
    assert stdout_of(outputs) == "False\n"


def test_curve_transport_encryption():
    """With jupyter_client's transport_encryption, every socket is a CurveZMQ server."""
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="cellgrad", transport_encryption="required")
    km.start_kernel()
    try:
        assert km.curve_publickey is not None
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=30)
        _, outputs = run(kc, "print('encrypted', 6 * 7)")
        assert stdout_of(outputs) == "encrypted 42\n"
        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)


def test_stop_on_error_aborts_queued_executes(kernel):
    _, kc = kernel
    first = kc.execute("import time\ntime.sleep(0.3)\n1/0")
    second = kc.execute("print('should not run')")
    third = kc.execute("ran_third = True")
    replies = {}
    while len(replies) < 3:
        r = kc.get_shell_msg(timeout=10)
        replies[r["parent_header"]["msg_id"]] = r["content"]["status"]
    assert replies[first] == "error"
    assert replies[second] == "aborted"
    assert replies[third] == "aborted"
    reply, outputs = run(kc, "print('ran_third' in globals())")
    assert stdout_of(outputs) == "False\n"


def test_silent_execution_has_no_outputs_and_no_count(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "x = 1")
    count = reply["content"]["execution_count"]
    msg_id = kc.execute("print('hidden'); 42", silent=True)
    reply = kc.get_shell_msg(timeout=10)
    assert reply["content"]["status"] == "ok"
    reply, outputs = run(kc, "1")
    assert reply["content"]["execution_count"] == count + 1


def test_ipc_transport():
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="cellgrad", transport="ipc")
    km.start_kernel()
    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=30)
        _, outputs = run(kc, "print('over ipc')")
        assert stdout_of(outputs) == "over ipc\n"
        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)


def test_sigint_interrupts_like_interrupt_request(kernel):
    import os
    import signal

    km, kc = kernel
    run(kc, "kept = 7")
    msg_id = kc.execute("i = 0\nwhile True:\n    i += 1")
    time.sleep(0.5)
    os.kill(km.provisioner.process.pid, signal.SIGINT)
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    _, outputs = run(kc, "print(kept, i > 0)")
    assert stdout_of(outputs) == "7 True\n"


THREAD_LOAD = '''
def pieces(n):
    try:
        for i in range(n):
            yield "ab" * (i % 40 + 10)
    finally:
        closed.append(n)

closed = []
total = 0
shared = "cellgrad " * 20
for r in range(400):
    g = pieces(8)
    s = next(g)
    print(shared, s, end="|")
    total += len(s)
    if r % 3 == 0:
        g.close()
    elif r % 3 == 1:
        total += sum(len(t) for t in g)
    del g
print()
print(total, len(closed))
'''


def expected_thread_load():
    out = {}
    exec(compile(THREAD_LOAD, "<load>", "exec"), {"print": lambda *a, end="\n": out.setdefault("text", []).append(" ".join(map(str, a)) + end)})
    return "".join(out["text"])


def test_output_and_generator_threads_under_load(kernel):
    # The interpreter counts references without atomics (Package.swift, ThreadBoundary.swift):
    # printed text crosses to the output thread while the same strings stay in use, and
    # generators start, finish, close and are dropped mid-way on threads of their own. Run it
    # several times in one session and check every byte and that the session lives on.
    km, kc = kernel
    want = expected_thread_load()
    for _ in range(3):
        reply, outputs = run(kc, THREAD_LOAD, timeout=60)
        assert reply["content"]["status"] == "ok", reply["content"]
        assert stdout_of(outputs) == want
    assert km.is_alive()
    _, outputs = run(kc, "print(len(closed))")
    assert stdout_of(outputs) == "400\n"


def test_control_channel_answers_only_control_requests(kernel):
    # The session belongs to the shell thread; a cell sent on the control channel is refused
    # with an error reply instead of running beside the shell's cell.
    _, kc = kernel
    request = kc.session.msg("execute_request", {"code": "ran_on_control = 1", "silent": False})
    kc.control_channel.send(request)
    reply = kc.get_control_msg(timeout=5)
    assert reply["parent_header"]["msg_id"] == request["header"]["msg_id"]
    assert reply["content"]["status"] == "error"
    assert "shell channel" in reply["content"]["evalue"]
    _, outputs = run(kc, "print('ran_on_control' in globals())")
    assert stdout_of(outputs) == "False\n"


def test_an_output_flood_is_coalesced(kernel):
    # A million prints arrive as a few stream messages, every byte of them, in seconds.
    _, kc = kernel
    started = time.time()
    reply, outputs = run(kc, "for i in range(10**6):\n    print(i)", timeout=120)
    assert reply["content"]["status"] == "ok"
    streams = [m for m in outputs if m["msg_type"] == "stream"]
    assert stdout_of(outputs) == "".join(f"{i}\n" for i in range(10**6))
    assert len(streams) < 200
    assert time.time() - started < 30


def test_a_huge_print_arrives_in_pieces(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "print('x' * 50_000_000)", timeout=120)
    assert reply["content"]["status"] == "ok"
    pieces = [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"]
    assert len(pieces) >= 40
    assert max(len(p.encode()) for p in pieces) <= 1 << 20
    assert "".join(pieces) == "x" * 50_000_000 + "\n"
