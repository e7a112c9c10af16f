"""`spbe schedule`: the nightly deployment, served against a real Prefect server.

Prefect does not fire cron schedules on its temporary in-process server, so unless
PREFECT_API_URL names a server already, this starts a local one with its own SQLite
database (beside the warehouse, in `prefect/`) and stops it on Ctrl-C.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DEPLOYMENT = "nightly"


def _free_port(preferred: int = 4200) -> int:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]


@contextmanager
def local_prefect_server(home: Path, timeout: float = 90) -> Iterator[str]:
    """Start `prefect server start` on loopback with its own home; yield its API URL."""
    home.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    log = (home / "server.log").open("ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
         "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the local Prefect server did not start (see {log.name})")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def nightly_deployment(parameters: dict[str, Any]) -> Any:
    """The nightly deployment: cron 02:00 in Asia/Jakarta (WIB)."""
    from prefect.schedules import Cron

    from spbe.flows.nightly import NIGHTLY_CRON, TIMEZONE, nightly

    return nightly.to_deployment(
        name=DEPLOYMENT,
        schedules=[Cron(NIGHTLY_CRON, timezone=TIMEZONE)],
        parameters=parameters,
        description="Crawl, extract, validate, load, reconcile, report: 02:00 WIB nightly",
        tags=["spbe"],
    )


def serve(parameters: dict[str, Any], home: Path) -> None:
    """Serve the nightly deployment until Ctrl-C (starting a local server if needed)."""
    from prefect import serve as prefect_serve
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if os.environ.get("PREFECT_API_URL"):
        prefect_serve(nightly_deployment(parameters))
        return
    with local_prefect_server(home) as url, temporary_settings({PREFECT_API_URL: url}):
        print(f"schedule: Prefect server at {url.removesuffix('/api')} (UI and API)")
        prefect_serve(nightly_deployment(parameters))
