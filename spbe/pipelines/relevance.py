"""Is a page about SPBE? Decided on its title and main text, never on its URL alone."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=64)
def _pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    parts = [r"\s+".join(re.escape(w) for w in k.split()) for k in keywords if k.strip()]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def is_relevant(title: str | None, text: str, keywords: Iterable[str]) -> bool:
    """True when a keyword occurs as a whole word in the title or the main text."""
    pattern = _pattern(tuple(keywords))
    return bool(pattern.search(text or "") or pattern.search(title or ""))
