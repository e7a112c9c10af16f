"""The news sources to crawl, declared as data in `sources.yaml` and validated on load."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

DEFAULT_KEYWORDS: tuple[str, ...] = ("SPBE", "Sistem Pemerintahan Berbasis Elektronik")
DISCOVERY_KEYS = ("sitemaps", "feeds", "listings", "urls")
_KNOWN_KEYS = {"name", "allowed_domains", "keywords", "max_pages", *DISCOVERY_KEYS}
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names the source and the key."""


@dataclass(frozen=True)
class Source:
    """One outlet: where to discover its articles and which hosts belong to it."""

    name: str
    allowed_domains: tuple[str, ...]
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()  # article pages named directly (backfill)
    keywords: tuple[str, ...] = DEFAULT_KEYWORDS
    max_pages: int = 20
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def discovery_urls(self) -> tuple[str, ...]:
        return self.sitemaps + self.feeds + self.listings + self.urls

    def owns(self, url: str) -> bool:
        """True when the URL's host is one of the source's domains or a subdomain of one."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)


def _str_list(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourcesError(f"{where}: key '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _check_url(url: str, key: str, where: str, domains: tuple[str, ...]) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourcesError(f"{where}: key '{key}' has '{url}', which is not an http(s) URL")
    host = parts.hostname.lower()
    if not any(host == d or host.endswith("." + d) for d in domains):
        raise SourcesError(
            f"{where}: key '{key}' has '{url}', whose host is not in allowed_domains"
        )


def parse_sources(data: object, origin: str = "sources") -> list[Source]:
    """Validate the parsed YAML of a sources file and return its sources."""
    if not isinstance(data, dict) or "sources" not in data:
        raise SourcesError(f"{origin}: expected a mapping with a top-level key 'sources'")
    extra_top = set(data) - {"sources"}
    if extra_top:
        raise SourcesError(f"{origin}: unknown top-level key '{sorted(extra_top)[0]}'")
    entries = data["sources"]
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{origin}: key 'sources' must be a non-empty list")
    sources: list[Source] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries, 1):
        where = f"{origin}: source #{i}"
        if not isinstance(entry, dict):
            raise SourcesError(f"{where}: expected a mapping, got {type(entry).__name__}")
        name = entry.get("name")
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise SourcesError(
                f"{where}: key 'name' must be lower-case letters, digits, '-' or '_'"
            )
        where = f"{origin}: source '{name}'"
        if name in seen:
            raise SourcesError(f"{where}: key 'name' is used twice")
        seen.add(name)
        unknown = set(entry) - _KNOWN_KEYS
        if unknown:
            raise SourcesError(f"{where}: unknown key '{sorted(unknown)[0]}'")
        domains = tuple(d.lower() for d in _str_list(entry, "allowed_domains", where))
        if not domains:
            raise SourcesError(f"{where}: key 'allowed_domains' is required")
        for d in domains:
            if "/" in d or ":" in d or " " in d:
                raise SourcesError(
                    f"{where}: key 'allowed_domains' has '{d}'; give host names only"
                )
        found = {key: _str_list(entry, key, where) for key in DISCOVERY_KEYS}
        if not any(found.values()):
            raise SourcesError(f"{where}: needs at least one of sitemaps, feeds, listings, urls")
        for key, urls in found.items():
            for url in urls:
                _check_url(url, key, where, domains)
        keywords = _str_list(entry, "keywords", where) if "keywords" in entry else DEFAULT_KEYWORDS
        if not keywords:
            raise SourcesError(f"{where}: key 'keywords' must not be empty")
        max_pages = entry.get("max_pages", 20)
        if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
            raise SourcesError(f"{where}: key 'max_pages' must be a positive integer")
        sources.append(
            Source(
                name=name,
                allowed_domains=domains,
                keywords=keywords,
                max_pages=max_pages,
                **found,
            )
        )
    return sources


def load_sources(path: str | Path) -> list[Source]:
    """Read and validate a sources file; raises SourcesError with a one-line reason."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: sources file not found") from None
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read sources file ({exc.__class__.__name__})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark else ""
        raise SourcesError(f"{path}: not valid YAML{at}") from None
    return parse_sources(data, str(path))
