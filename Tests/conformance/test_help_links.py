"""JupyterLab's Help menu entries for the kernel (kernel_info `help_links`) open real pages:
`make lab` serves the repository's root, and each link names a file there."""
import re
from pathlib import Path

from jupyter_client.manager import start_new_kernel

REPO = Path(__file__).resolve().parents[2]


def test_help_links_name_files_that_make_lab_serves():
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=30)
    try:
        kc.kernel_info()
        reply = kc.get_shell_msg(timeout=10)
        while reply["msg_type"] != "kernel_info_reply":
            reply = kc.get_shell_msg(timeout=10)
        links = reply["content"]["help_links"]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    assert links, "kernel_info has no help_links"
    lab = re.search(r"^lab:.*?(?=^\S)", (REPO / "Makefile").read_text(), re.S | re.M).group(0)
    assert "--ServerApp.root_dir=$(CURDIR)" in lab, "make lab must serve the repository's root"
    for link in links:
        assert link["url"].startswith("/lab/tree/"), link
        path = REPO / link["url"][len("/lab/tree/"):]
        assert path.is_file(), f"help link {link['text']!r} points at {path}, which does not exist"
