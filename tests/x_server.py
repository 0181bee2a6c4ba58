"""A private Xvfb for tests: the server picks a free display number and reports it (-displayfd)."""

from __future__ import annotations

import os
import subprocess


def start_xvfb(screen: str = "1920x1080x24") -> tuple[subprocess.Popen, str]:
    """Start Xvfb; return the process and its display (":N"). The caller terminates it."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.terminate()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"
