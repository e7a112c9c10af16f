"""Progress on long steps: a live line on a terminal, nothing extra in logs and cron mail."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts things done; redraws one line on a terminal at most ten times a second."""

    def __init__(self, label: str, total: int | None = None, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.count = 0
        self._drawn = 0.0

    def update(self, count: int) -> None:
        """Set the count; draws when attached to a terminal."""
        self.count = count
        now = time.monotonic()
        if self.live and now - self._drawn >= 0.1:
            self._drawn = now
            self._draw()

    def _draw(self) -> None:
        if self.total:
            width = 30
            done = int(width * min(self.count, self.total) / self.total)
            bar = "#" * done + "-" * (width - done)
            text = f"\r{self.label} [{bar}] {self.count}/{self.total}"
        else:
            text = f"\r{self.label}: {self.count}"
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        if self.live:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
