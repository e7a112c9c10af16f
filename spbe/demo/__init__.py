"""Bundled demo news sites served on loopback for tests and `spbe demo`."""

from __future__ import annotations

from typing import Any

__all__ = ["DemoSite", "RequestLog"]


def __getattr__(name: str) -> Any:
    """Import lazily, so `python -m spbe.demo.site` does not load the module twice."""
    if name in __all__:
        from spbe.demo import site

        return getattr(site, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
