"""Shared fixtures: the demo news site on loopback, and running the real `spbe` command."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from spbe.demo.site import DemoSite

# Politeness stays on (robots.txt, per-domain concurrency, retries) but without waiting:
# the site is our own, on loopback.
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=false",
        "-s", "SPBE_RETRY_BACKOFF_BASE=0.05"]  # fmt: skip


def spbe(
    *args: str, env: dict[str, str] | None = None, timeout: float = 240
) -> subprocess.CompletedProcess:
    """Run the installed command line exactly as a user would; returns the finished process."""
    exe = Path(sys.executable).with_name("spbe")
    full_env = {**os.environ, **(env or {})}
    for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        full_env.pop(proxy, None)
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, timeout=timeout, env=full_env
    )


@pytest.fixture(scope="module")
def demo_site() -> Iterator[DemoSite]:
    """A fresh demo site per test module: its faults (the flaky page) start over."""
    with DemoSite() as site:
        yield site
