"""Issue 16's wire proof: 10,000 malformed, truncated, oversized, replayed and wrongly signed
messages on every socket; none is executed, none kills the kernel, and it answers after."""
import random
import time

import zmq
from jupyter_client.manager import start_new_kernel

from test_protocol import run, stdout_of


def hostile_messages(session, rng, original):
    """10,000 messages, each a kind of wrong: `original` is a correctly signed execute_request
    that has already run once, so sending it again is a replay."""
    good = session.serialize(session.msg("execute_request", {"code": "hits += 1", "silent": False}))
    kinds = []
    for i in range(10_000):
        kind = i % 5
        if kind == 0:  # malformed: random frames
            frames = [bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 40))) for _ in range(rng.randint(1, 7))]
            frames = [f or b"x" for f in frames]
        elif kind == 1:  # truncated: a good message missing frames at the end
            frames = good[: rng.randint(1, len(good) - 1)]
        elif kind == 2:  # wrongly signed
            frames = list(good)
            frames[1] = bytes(rng.choice(b"0123456789abcdef") for _ in range(64))
        elif kind == 3:  # replayed
            frames = original
        else:  # signed with the right key over other bytes: the content was changed
            frames = list(good)
            frames[5] = b'{"code": "hits += 100", "silent": false}'
        kinds.append(frames)
    # Oversized: a few 16 MB frames, correctly structured but wrongly signed.
    big = list(good)
    big[5] = b'{"code": "' + b"#" * (16 << 20) + b'"}'
    kinds += [big] * 3
    return kinds


def test_ten_thousand_hostile_messages_on_every_socket():
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=60)
    try:
        info = km.get_connection_info()
        ctx = zmq.Context.instance()
        run(kc, "hits = 0")
        original = kc.session.serialize(kc.session.msg("execute_request", {"code": "hits += 1", "silent": False}))
        first = ctx.socket(zmq.DEALER)
        first.connect(f"tcp://{info['ip']}:{info['shell_port']}")
        first.send_multipart(original)
        assert first.poll(10000)  # it ran once
        first.close(linger=0)
        rng = random.Random(16)
        started = time.time()
        for port in ("shell_port", "control_port", "stdin_port", "hb_port", "iopub_port"):
            kind = zmq.SUB if port == "iopub_port" else zmq.DEALER
            sock = ctx.socket(kind)
            sock.setsockopt(zmq.SNDHWM, 0)
            sock.connect(f"tcp://{info['ip']}:{info[port]}")
            for frames in hostile_messages(kc.session, rng, original):
                if kind == zmq.SUB:
                    # Subscriptions to the frames' bytes, the delimiter among them: the welcome
                    # to such a topic must not break the other clients' reading of IOPub.
                    sock.setsockopt(zmq.SUBSCRIBE, frames[-1][:200])
                else:
                    sock.send_multipart(frames)
            sock.close(linger=5000)
        assert km.is_alive()
        reply, outputs = run(kc, "print(hits)", timeout=120)
        assert stdout_of(outputs) == "1\n"
        assert time.time() - started < 120
        # stdin still works after its queue was flooded.
        msg_id = kc.execute("answer = input('? ')", allow_stdin=True)
        request = kc.get_stdin_msg(timeout=60)
        assert request["content"]["prompt"] == "? "
        kc.input("42")
        reply = kc.get_shell_msg(timeout=60)
        assert reply["parent_header"]["msg_id"] == msg_id and reply["content"]["status"] == "ok"
        _, outputs = run(kc, "print(answer, hits)")
        assert stdout_of(outputs) == "42 1\n"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
