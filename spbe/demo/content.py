"""Articles of the demo news site and the small helpers its three site styles share."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import yaml

SITES = ("kabar", "warta", "humas")

# Each fault is implemented by one site style only; elsewhere it would silently do nothing.
FAULT_SITES = {
    "flaky_503": "kabar",
    "cp1252": "kabar",
    "malformed": "kabar",
    "disallowed": "kabar",
    "redirect": "warta",
    "amp": "warta",
    "duplicate": "humas",
}

HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
WIB = timezone(timedelta(hours=7))

_REQUIRED = ("id", "site", "slug", "title", "published", "spbe", "body")
_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# Markdown-style separator rows ("|---|---|") are layout, not data.
_SEPARATOR_CELL = re.compile(r":?-{2,}:?")

Table = list[list[str]]
Block = str | Table


def esc(text: object) -> str:
    """HTML/XML-escape any value (quotes included, so it is safe inside attributes)."""
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class Article:
    """One article of the demo site, as read from its YAML file."""

    id: str
    site: str
    slug: str
    title: str
    published: datetime
    spbe: bool
    body: str
    author: str | None = None
    section: str | None = None
    fault: str | None = None

    @property
    def blocks(self) -> list[Block]:
        """The body as paragraphs (str) and tables (rows of cells, header first)."""
        return parse_blocks(self.body)

    def excerpt(self, words: int = 30) -> str:
        """The first words of the first text paragraph; '' when the body has none."""
        for block in self.blocks:
            if isinstance(block, str):
                parts = block.split()
                return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
        return ""

    def matches(self, query: str) -> bool:
        """True when the title or body contains the query, ignoring case (empty never matches)."""
        needle = query.strip().casefold()
        return bool(needle) and (needle in self.title.casefold() or needle in self.body.casefold())


def parse_article(data: Any, source: str) -> Article:
    """Validate one YAML document and build the Article; ValueError names the file and key."""
    if not isinstance(data, dict):
        raise ValueError(f"{source}: expected a mapping of article fields")
    missing = [key for key in _REQUIRED if data.get(key) is None or data.get(key) == ""]
    if missing:
        raise ValueError(f"{source}: missing {', '.join(missing)}")
    site = data["site"]
    if site not in SITES:
        raise ValueError(f"{source}: site must be one of {', '.join(SITES)}, not {site!r}")
    slug = str(data["slug"])
    if not _SLUG.fullmatch(slug):
        raise ValueError(f"{source}: slug {slug!r} is not URL-safe")
    if not isinstance(data["spbe"], bool):
        raise ValueError(f"{source}: spbe must be true or false")
    published = data["published"]
    if isinstance(published, str):
        try:
            published = datetime.fromisoformat(published)
        except ValueError as err:
            raise ValueError(f"{source}: published is not an ISO timestamp: {err}") from None
    if not isinstance(published, datetime) or published.tzinfo is None:
        raise ValueError(f"{source}: published needs a time and a UTC offset, e.g. +07:00")
    fault = data.get("fault")
    if fault is not None and FAULT_SITES.get(fault) != site:
        known = ", ".join(f"{name} ({where})" for name, where in FAULT_SITES.items())
        raise ValueError(f"{source}: fault {fault!r} is not known for site {site}; known: {known}")
    return Article(
        id=str(data["id"]),
        site=site,
        slug=slug,
        title=str(data["title"]),
        published=published,
        spbe=data["spbe"],
        body=str(data["body"]),
        author=str(data["author"]) if data.get("author") else None,
        section=str(data["section"]) if data.get("section") else None,
        fault=fault,
    )


def load_articles(directory: Path) -> list[Article]:
    """Load every *.yaml article in directory (sorted by file name); [] when there are none."""
    if not directory.is_dir():
        raise FileNotFoundError(f"articles directory not found: {directory}")
    articles: list[Article] = []
    ids: dict[str, str] = {}
    slugs: dict[tuple[str, str], str] = {}
    for path in sorted(directory.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            article = parse_article(yaml.safe_load(fh), path.name)
        if article.id in ids:
            raise ValueError(f"{path.name}: id {article.id!r} already used by {ids[article.id]}")
        # Two articles with one slug on one site would share a URL.
        key = (article.site, article.slug)
        if key in slugs:
            raise ValueError(f"{path.name}: slug {article.slug!r} already used by {slugs[key]}")
        ids[article.id] = slugs[key] = path.name
        articles.append(article)
    return articles


def parse_blocks(body: str) -> list[Block]:
    """Split a body into paragraphs and tables (a paragraph whose lines all start with '|')."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", body.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith("|") for line in lines):
            rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
            rows = [r for r in rows if not all(_SEPARATOR_CELL.fullmatch(c) for c in r)]
            blocks.append(rows)
        else:
            # Lines of one paragraph (a list pasted from a chat, an infographic) keep their breaks.
            blocks.append("\n".join(lines))
    return blocks


def render_block(block: Block, *, malformed: bool = False) -> str:
    """One paragraph or table as HTML; malformed leaves <p> and cells unclosed."""
    if isinstance(block, str):
        text = esc(block).replace("\n", "<br>\n")
        return f"<p>{text}" if malformed else f"<p>{text}</p>"
    header, *rows = block
    if malformed:
        head = "<tr>" + "".join(f"<th>{esc(c)}" for c in header)
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}" for c in row) for row in rows)
        return f"<table border=1 class=tabel-data>{head}{body}</table>"
    head = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in header) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


def hari_tanggal(moment: datetime) -> str:
    """'Senin, 13 Januari 2025' for a datetime."""
    return f"{HARI[moment.weekday()]}, {tanggal(moment)}"


def tanggal(moment: datetime) -> str:
    """'13 Januari 2025' for a datetime."""
    return f"{moment.day} {BULAN[moment.month - 1]} {moment.year}"


def zona(moment: datetime) -> str:
    """Indonesian time-zone label (WIB/WITA/WIT) for the datetime's offset."""
    offset = moment.utcoffset() or timedelta(0)
    hours = offset.total_seconds() / 3600
    return {7.0: "WIB", 8.0: "WITA", 9.0: "WIT"}.get(hours, f"UTC{hours:+g}")


def today() -> datetime:
    """Now in Jakarta time; pages show it in their header, unrelated to any article date."""
    return datetime.now(WIB)


def slugify(text: str) -> str:
    """Lower-case ASCII slug ('Tata Kelola' -> 'tata-kelola'); 'umum' for an empty result."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "umum"


def stable_numbers(ids: Iterable[str], base: int, span: int) -> dict[str, int]:
    """Map ids to numbers in [base, base+span) from a hash, so URLs survive restarts and edits."""
    taken: set[int] = set()
    numbers: dict[str, int] = {}
    for ident in sorted(set(ids)):
        n = int.from_bytes(hashlib.sha256(ident.encode()).digest()[:8], "big") % span
        # Rare collisions are resolved in sorted-id order, which keeps the result deterministic.
        while n in taken:
            n = (n + 1) % span
        taken.add(n)
        numbers[ident] = base + n
    return numbers


@dataclass
class Response:
    """What a route answers: status, body bytes, content type and extra headers."""

    status: int
    body: bytes
    content_type: str = "text/html; charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)


def html_response(page: str, status: int = 200, charset: str = "UTF-8") -> Response:
    """An HTML page encoded in the given charset (characters it lacks become references)."""
    body = page.encode(charset, errors="xmlcharrefreplace")
    return Response(status, body, f"text/html; charset={charset}")


def xml_response(document: str, content_type: str = "application/xml") -> Response:
    """An XML document (sitemap or feed) in UTF-8."""
    return Response(200, document.encode(), f"{content_type}; charset=UTF-8")


def text_response(text: str, status: int = 200) -> Response:
    """A plain-text answer such as robots.txt."""
    return Response(status, text.encode(), "text/plain; charset=UTF-8")


def redirect_response(location: str, status: int = 301) -> Response:
    """A redirect with a tiny HTML body, as real servers send."""
    body = f'<html><body><a href="{esc(location)}">Dipindahkan</a></body></html>'
    return Response(status, body.encode(), headers={"Location": location})


def paginate(items: list[Any], page: int, per_page: int) -> tuple[list[Any], int]:
    """The items of a 1-based page and the number of pages (at least 1)."""
    pages = max(1, -(-len(items) // per_page))
    return items[(page - 1) * per_page : page * per_page], pages
