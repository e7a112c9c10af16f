"""HTML page -> main text and metadata (title, site name, publication date, language)."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from datetime import date
from html import unescape
from typing import Any

import lxml.html
import trafilatura

from spbe.extract.dates import date_from_text, find_dates, is_date_line, parse_date_string

try:  # the parts of trafilatura's metadata extraction that find the title and the site name
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )
    from trafilatura.utils import line_processing
except ImportError:  # another trafilatura release: it reads all its metadata, as before
    examine_meta = None

_TEXT_ONLY: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
}
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

_META_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "content_publishdate",
)
_BYLINE_CLASS = re.compile(r"date|time|tanggal|posted|published|byline|entry-meta|meta", re.I)
_HEADER_CLASS = re.compile(r"header|top-?bar|topbar|navbar|nav|ticker|masthead|menu", re.I)


# Lines that point at other stories ("Baca juga: ..."): boilerplate even inside the body.
RELATED_LINE = re.compile(
    r"^\s*(?:baca\s+juga|lihat\s+juga|simak\s+juga|baca\s+pula|artikel\s+terkait|"
    r"berita\s+terkait|read\s+also|also\s+read)\b.*$",
    re.IGNORECASE | re.MULTILINE,
)
_SNIPPET_END = re.compile(r"(?:…|\.\.\.)\s*$")


@dataclass(frozen=True)
class PageContent:
    """What a page says about itself, and its main text (no navigation or boilerplate)."""

    title: str | None
    text: str
    published: date | None
    sitename: str | None
    language: str | None
    is_article: bool = True  # False for index, listing and search pages

    @property
    def body(self) -> str:
        """The text without lines that link to other stories (for relevance and facts)."""
        return RELATED_LINE.sub("", self.text)


def _is_listing_markup(tree: lxml.html.HtmlElement) -> bool:
    """An index or search page by its markup: og:type says so, or it holds many <article>s."""
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() == "og:type":
            return (el.get("content") or "").strip().lower() not in ("article", "news", "")
    return len(tree.xpath("//article")) >= 3


def _is_teaser_text(text: str) -> bool:
    """Text that is a run of cut-off teasers ("…") rather than one story."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    teasers = sum(1 for ln in lines if _SNIPPET_END.search(ln))
    return teasers >= 3 and teasers >= len(lines) / 3


def _meta_date(tree: lxml.html.HtmlElement) -> date | None:
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in _META_DATE_KEYS and el.get("content"):
            d = parse_date_string(el.get("content"))
            if d:
                return d
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except (ValueError, TypeError):
            continue
        for obj in data if isinstance(data, list) else [data]:
            graph = obj.get("@graph", [obj]) if isinstance(obj, dict) else []
            for node in graph:
                if isinstance(node, dict) and isinstance(node.get("datePublished"), str):
                    d = parse_date_string(node["datePublished"])
                    if d:
                        return d
    return None


def _in_header(el: lxml.html.HtmlElement) -> bool:
    """Inside the site's header or navigation (an article's own <header> does not count)."""
    ancestors = list(el.iterancestors())
    if any(anc.tag == "article" for anc in ancestors):
        return False
    for anc in ancestors:
        if anc.tag in ("header", "nav"):
            return True
        if _HEADER_CLASS.search(anc.get("class", "") + " " + anc.get("id", "")):
            return True
    return False


def _byline_date(tree: lxml.html.HtmlElement) -> date | None:
    """A date in a <time> element or a byline-like element outside the site header."""
    for el in tree.iter("time"):
        if _in_header(el):
            continue
        d = parse_date_string(el.get("datetime") or el.text_content())
        if d:
            return d
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "body", "html"):
            continue
        cls = (el.get("class") or "") + " " + (el.get("id") or "")
        if not _BYLINE_CLASS.search(cls) or _in_header(el):
            continue
        text = el.text_content()
        if len(text) > 200:
            continue
        found = find_dates(text)
        if found:
            return found[0][1]
    return None


def _language(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text.lower()[:5000])
    if len(words) < 20:
        return None
    indonesian = {"dan", "yang", "di", "ini", "dengan", "untuk", "dari", "tahun", "dalam", "itu"}
    share = sum(w in indonesian for w in words) / len(words)
    return "id" if share > 0.04 else None


def text_from_plain(raw: str) -> PageContent:
    """A plain-text article: the first line is taken as the title unless it is a date line."""
    lines = [ln.rstrip() for ln in raw.replace("\r\n", "\n").split("\n")]
    title = next((ln.strip() for ln in lines if ln.strip() and not is_date_line(ln)), None)
    return PageContent(
        title=title,
        text=raw,
        published=date_from_text(raw),
        sitename=None,
        language=_language(raw),
    )


def _title_and_sitename(
    tree: lxml.html.HtmlElement, url: str | None
) -> tuple[str | None, str | None]:
    """The title and site name, found exactly as trafilatura's metadata extraction finds them."""
    meta = examine_meta(tree)
    with contextlib.suppress(Exception):  # trafilatura shrugs off broken JSON-LD the same way
        meta = extract_meta_json(tree, meta)
    title = meta.title or extract_title(tree)
    page_url = meta.url or extract_url(tree, url)
    sitename = meta.sitename or extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif page_url and (match := META_URL.match(page_url)):
        sitename = match[1]
    return _trimmed(title), _trimmed(sitename)


def _trimmed(value: str | None) -> str | None:
    """What trafilatura's Document.clean_and_trim makes of a metadata string."""
    if value is None:
        return None
    if len(value) > 10000:
        value = value[:9999] + "…"
    return line_processing(unescape(value))


def _main_text(tree: lxml.html.HtmlElement, url: str | None) -> tuple[str, str | None, str | None]:
    """Main text, title and site name by trafilatura; ("", None, None) when it finds no text.

    Of trafilatura's metadata only the title and site name are used, so only they are read:
    its author, date (we read our own), categories, tags and licence took a third of the time.
    """
    if examine_meta is None:
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, date_extraction_params=_DATE_PARAMS, **_TEXT_ONLY
        )
        return (doc.text or "", doc.title, doc.sitename) if doc else ("", None, None)
    try:
        title, sitename = _title_and_sitename(tree, url)
    except (TypeError, ValueError):  # trafilatura discards such a page, text and all
        return "", None, None
    doc = trafilatura.bare_extraction(tree, url=url, **_TEXT_ONLY)
    return (doc.text or "", title, sitename) if doc else ("", None, None)


def parse_page(html: str | bytes, url: str | None = None) -> PageContent:
    """Main text and metadata of an HTML page; an unparseable page gives empty text."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        return PageContent(None, "", None, None, None)
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return PageContent(None, "", None, None, None)
    # Read the metadata first: trafilatura prunes the tree it is given.
    stated = _meta_date(tree) or _byline_date(tree)
    listing = _is_listing_markup(tree)
    text, title, sitename = _main_text(tree, url)
    published = stated or date_from_text(RELATED_LINE.sub("", text))
    return PageContent(
        title=title,
        text=text,
        published=published,
        sitename=sitename,
        language=_language(text),
        is_article=not (listing or _is_teaser_text(text)),
    )
