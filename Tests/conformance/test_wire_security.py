"""Security as ipykernel promises it (issue 16): a captured, correctly signed request sent again
is refused (jupyter_client's Session keeps a history of seen signatures), sockets listen only on
the connection file's address, and ipc socket files are private to the user. Run against
Cellgrad and, as the reference, ipykernel."""
import os
import stat
import time

import pytest
import zmq
from jupyter_client.manager import KernelManager, start_new_kernel

from test_protocol import run, stdout_of

try:
    import ipykernel  # noqa: F401
    KERNELS = ["cellgrad", "python3"]
except ImportError:
    KERNELS = ["cellgrad"]


@pytest.fixture(params=KERNELS)
def kernel(request):
    km, kc = start_new_kernel(kernel_name=request.param, startup_timeout=60)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def raw_socket(km, port_name):
    info = km.get_connection_info()
    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.connect(f"tcp://{info['ip']}:{info[port_name]}")
    return sock


def test_a_replayed_execute_request_runs_once(kernel):
    km, kc = kernel
    run(kc, "runs = 0")
    msg = kc.session.msg("execute_request", {"code": "runs += 1", "silent": False, "store_history": True,
                                             "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    frames = kc.session.serialize(msg)
    sock = raw_socket(km, "shell_port")
    for _ in range(12):  # the original and 11 replays of the same signed frames
        sock.send_multipart(frames)
    assert sock.poll(10000)
    time.sleep(1.0)
    replies = 0
    while sock.poll(100):
        parts = sock.recv_multipart()
        header = parts[parts.index(b"<IDS|MSG>") + 2]
        replies += b'"execute_reply"' in header
    sock.close(linger=0)
    assert replies == 1
    _, outputs = run(kc, "print(runs)")
    assert stdout_of(outputs) == "1\n"


def test_a_replay_on_another_channel_is_refused_too(kernel):
    # The history is the kernel's, not a socket's: a request seen on shell is not run again
    # when the same frames arrive on control.
    km, kc = kernel
    msg = kc.session.msg("kernel_info_request", {})
    frames = kc.session.serialize(msg)
    shell = raw_socket(km, "shell_port")
    control = raw_socket(km, "control_port")
    shell.send_multipart(frames)
    assert shell.poll(10000)
    control.send_multipart(frames)
    assert not control.poll(1500)
    shell.close(linger=0)
    control.close(linger=0)
    reply, outputs = run(kc, "print('alive')")
    assert stdout_of(outputs) == "alive\n"


def listening_addresses(pid):
    """The local addresses the process listens on, from /proc (IPv4)."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = {}
    with open(f"/proc/{pid}/net/tcp") as f:
        for line in f.readlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and inode in inodes:  # LISTEN
                hex_ip, hex_port = local.split(":")
                ip = ".".join(str(int(hex_ip[i:i + 2], 16)) for i in (6, 4, 2, 0))
                found[int(hex_port, 16)] = ip
    return found


def test_sockets_listen_only_on_the_connection_files_address(kernel):
    km, _ = kernel
    info = km.get_connection_info()
    listening = listening_addresses(km.provisioner.process.pid)
    for name in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"):
        assert listening.get(info[name]) == info["ip"], (name, listening)


def test_ipc_socket_files_are_private():
    km = KernelManager(kernel_name="cellgrad", transport="ipc")
    km.start_kernel()
    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=30)
        info = km.get_connection_info()
        for name in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"):
            path = f"{info['ip']}-{info[name]}"
            mode = stat.S_IMODE(os.stat(path).st_mode)
            assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
        _, outputs = run(kc, "print('over ipc')")
        assert stdout_of(outputs) == "over ipc\n"
        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)


def test_with_curve_a_plain_client_gets_nothing():
    """Under transport_encryption every socket is a CurveZMQ server: a client that knows the
    signing key but not the server's public key is not answered, and an encrypting client is."""
    km = KernelManager(kernel_name="cellgrad", transport_encryption="required")
    km.start_kernel()
    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=30)
        plain = raw_socket(km, "shell_port")
        plain.send_multipart(kc.session.serialize(kc.session.msg("kernel_info_request", {})))
        assert not plain.poll(2000)
        plain.close(linger=0)
        _, outputs = run(kc, "print('encrypted')")
        assert stdout_of(outputs) == "encrypted\n"
        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)


def test_the_key_is_never_logged(tmp_path):
    """The kernel's log (its stderr) names what it drops, never the signing key."""
    log = tmp_path / "kernel.log"
    with open(log, "wb") as sink:
        km = KernelManager(kernel_name="cellgrad")
        km.start_kernel(stdout=sink, stderr=sink)
        try:
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=30)
            sock = raw_socket(km, "shell_port")
            sock.send_multipart([b"<IDS|MSG>", b"0" * 64, b"{}", b"{}", b"{}", b"{}"])  # wrongly signed
            sock.send_multipart([b"junk"])  # malformed
            frames = kc.session.serialize(kc.session.msg("kernel_info_request", {}))
            sock.send_multipart(frames)
            sock.send_multipart(frames)  # replayed
            assert sock.poll(10000)  # the kernel_info reply: all four have been read
            time.sleep(0.5)
            run(kc, "import sys\nprint('x', file=sys.stderr)\n1/0")
            time.sleep(0.5)
            kc.stop_channels()
            sock.close(linger=0)
        finally:
            km.shutdown_kernel(now=True)
    text = log.read_text(errors="replace")
    assert "invalid signature" in text and "replayed" in text  # the log was captured
    key = km.session.key.decode()
    assert key and key not in text
