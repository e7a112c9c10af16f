"""The reviewers' report: one self-contained HTML page built from the published warehouse.

Everything that came from a page (titles, evidence, URLs, outlet names) is untrusted: it is
escaped everywhere, links are made only for plain http(s) URLs, and a Content-Security-Policy
forbids scripts as a second line of defence. Nothing is loaded from elsewhere (no CDN, fonts
or scripts); charts are inline SVG, so the file works offline and can be mailed around.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import duckdb

from spbe.review import Conflict, Figure, Mention, fetch_conflicts
from spbe.warehouse.db import connect

WIB = timezone(timedelta(hours=7), "WIB")
LEVELS = ("provinsi", "kabupaten", "kota", "kementerian", "lembaga", "polri")
SPBE_YEARS = range(2018, 2026)
KIND_LABEL = {
    "value_disagreement": "value disagreement",
    "predikat_disagreement": "predikat disagreement",
    "band_mismatch": "band mismatch",
}
# Problems that say something may be wrong in the article or the rules; `band_mismatch` has a
# section of its own.
PROBLEM_LABEL = {
    "value_out_of_range": "value outside 0-5",
    "year_unknown": "no evaluation year",
    "year_before_2018": "year before the first SPBE evaluation",
    "year_without_spbe_bands": "year without SPBE bands (2026+: Pemdi index)",
    "year_after_publication": "year after the article's publication",
    "instansi_unknown": "body not in the gazetteer",
}


class ReportError(ValueError):
    """The report cannot be built from this file: the message says why, in one line."""


# -- safe HTML pieces ---------------------------------------------------------------------------


def esc(value: object) -> str:
    """Text (anything from the warehouse) as HTML text or attribute value."""
    return html.escape("" if value is None else str(value), quote=True)


_SAFE_URL = re.compile(r"https?://[^\s\"'<>\\\x00-\x1f\x7f]+", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) URL, else None (javascript:, data:, odd characters)."""
    if not url:
        return None
    url = url.strip()
    return url if _SAFE_URL.fullmatch(url) else None


def link(url: str | None, label: str | None) -> str:
    """A link for http(s) URLs; anything else is shown as text, never as a link."""
    text = esc(label or url or "(no title)")
    good = safe_url(url)
    if good is None:
        return text if not url or label is None else f'{text} <span class="url">{esc(url)}</span>'
    return f'<a href="{esc(good)}" rel="noopener noreferrer nofollow" target="_blank">{text}</a>'


_NUMBER = re.compile(r"(?<![\d.,])\d{1,2}(?:[.,]\d{1,3})?(?!\d|[.,]\d)")


def figure_span(evidence: str, value: float | None, predikat: str | None) -> tuple[int, int] | None:
    """Where the figure stands in the evidence as written ("3,12", "3.12"), else its predikat."""
    if value is not None:
        for m in _NUMBER.finditer(evidence):
            if abs(float(m.group().replace(",", ".")) - value) < 0.005:
                return m.span()
    if predikat:
        # "Baik" must not match inside "Sangat Baik".
        guard = r"(?<!sangat )" if predikat.casefold() == "baik" else ""
        m = re.search(guard + r"\b" + re.escape(predikat) + r"\b", evidence, re.IGNORECASE)
        if m:
            return m.span()
    return None


def highlight(evidence: str | None, value: float | None, predikat: str | None) -> str:
    """The evidence as safe HTML with the figure in <mark>; each piece escaped on its own."""
    text = evidence or ""
    span = figure_span(text, value, predikat)
    if span is None:
        return esc(text)
    a, b = span
    return f"{esc(text[:a])}<mark>{esc(text[a:b])}</mark>{esc(text[b:])}"


def fmt_value(value: float | None) -> str:
    """An index as the decrees publish it: two decimals, or a dash."""
    return "–" if value is None else f"{value:.2f}"


def fmt_time(ts: datetime | None) -> str:
    """A timestamp in Western Indonesian Time, where the reviewers are."""
    if ts is None:
        return "–"
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return ts.astimezone(WIB).strftime("%Y-%m-%d %H:%M WIB")


def _band_class(predikat: str | None) -> str:
    return "band-" + (predikat or "none").lower().replace(" ", "-")


# -- the report's data -------------------------------------------------------------------------


@dataclass
class Problem:
    """A fact that failed validation, with where it came from."""

    instansi_code: str
    name: str
    year: int | None
    value: float | None
    predikat: str | None
    band: str | None
    role: str
    problems: list[str]
    evidence: str
    title: str | None
    source: str | None
    published: date | None
    url: str | None
    mention_id: str
    conflict_id: str | None
    conflict_status: str | None


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Run date, articles, bodies and years covered, scores by status, open conflicts by kind."""
    run = con.execute(
        "SELECT run_id, started, finished, status FROM crawl_runs ORDER BY started DESC LIMIT 1"
    ).fetchone()
    years = [r[0] for r in con.execute("SELECT DISTINCT year FROM scores ORDER BY 1").fetchall()]
    one = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions),"
        " (SELECT count(DISTINCT instansi_code) FROM scores), (SELECT count(*) FROM scores),"
        " (SELECT count(*) FROM crawl_runs), (SELECT count(*) FROM review_decisions)"
    ).fetchone()
    assert one is not None
    return {
        "run": dict(zip(("run_id", "started", "finished", "status"), run, strict=True))
        if run
        else None,
        "runs": one[4],
        "articles": one[0],
        "mentions": one[1],
        "bodies": one[2],
        "scores": one[3],
        "years": years,
        "by_status": dict(
            con.execute("SELECT status, count(*) FROM scores GROUP BY 1 ORDER BY 1").fetchall()
        ),
        "open_by_kind": dict(
            con.execute(
                "SELECT kind, count(*) FROM conflicts WHERE status = 'open' GROUP BY 1 ORDER BY 1"
            ).fetchall()
        ),
        "decisions": one[5],
    }


def open_conflicts(con: duckdb.DuckDBPyConnection) -> list[Conflict]:
    """Every open conflict with its mentions, articles and earlier decisions."""
    return fetch_conflicts(con, "open")


def decided_conflicts(con: duckdb.DuckDBPyConnection) -> list[Conflict]:
    """Conflicts a reviewer decided on (resolved, reopened or gone since), latest first."""
    decided = [c for c in fetch_conflicts(con, "all") if c.decisions]
    return sorted(decided, key=lambda c: c.decisions[-1].decided_at, reverse=True)


def _problems(con: duckdb.DuckDBPyConnection, where: str) -> list[Problem]:
    rows = con.execute(
        "SELECT m.instansi_code, coalesce(i.name, m.instansi_code), m.year, round(m.value, 2),"
        " m.predikat, b.predikat, m.role, m.problems, m.evidence, a.title, a.source,"
        " a.published, a.url, m.mention_id, c.conflict_id, c.status"
        " FROM mentions m LEFT JOIN articles a USING (article_id)"
        " LEFT JOIN instansi i USING (instansi_code)"
        " LEFT JOIN predikat_bands b ON b.year = m.year"
        "   AND round(m.value, 2) >= b.lower_bound AND round(m.value, 2) < b.upper_bound"
        " LEFT JOIN conflicts c ON c.kind = 'band_mismatch'"
        "   AND list_contains(c.mention_ids, m.mention_id)"
        f" WHERE {where} ORDER BY 2, m.year, a.published, m.mention_id"
    ).fetchall()
    return [Problem(*row) for row in rows]


def band_mismatches(con: duckdb.DuckDBPyConnection) -> list[Problem]:
    """Facts whose value and predikat contradict the official band of their year."""
    return _problems(con, "list_contains(m.problems, 'band_mismatch')")


def validation_problems(con: duckdb.DuckDBPyConnection) -> list[Problem]:
    """Other facts that failed validation (kept out of scores): worth a reviewer's look."""
    return _problems(con, "NOT m.valid AND coalesce(m.problems, []) <> ['band_mismatch']")


def coverage(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Bodies with a known score per level and evaluation year, against all bodies of the level."""
    totals = dict(con.execute("SELECT level, count(*) FROM instansi GROUP BY 1").fetchall())
    known = {
        (r[0], r[1]): r[2]
        for r in con.execute(
            "SELECT i.level, s.year, count(*) FROM scores s JOIN instansi i USING (instansi_code)"
            " WHERE s.value IS NOT NULL OR s.predikat IS NOT NULL GROUP BY 1, 2"
        ).fetchall()
    }
    years = sorted({y for _, y in known} | set(SPBE_YEARS))
    levels = [lv for lv in LEVELS if lv in totals] + sorted(set(totals) - set(LEVELS))
    return {"years": years, "levels": levels, "totals": totals, "known": known}


def province_trends(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Province name -> [(year, value, predikat, status, candidate values)] by year."""
    out: dict[str, list[tuple]] = {}
    for name, year, value, predikat, status, candidates in con.execute(
        "SELECT i.name, s.year, s.value, s.predikat, s.status, s.candidate_values"
        " FROM scores s JOIN instansi i USING (instansi_code) WHERE i.level = 'provinsi'"
        " ORDER BY i.name, s.year"
    ).fetchall():
        out.setdefault(name, []).append((year, value, predikat, status, candidates or []))
    return out


def report_data(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Everything the report shows, gathered from one read-only connection."""
    missing = {"scores", "conflicts", "review_decisions", "mentions", "articles"} - _tables(con)
    if missing:
        raise ReportError(
            f"the warehouse has no {', '.join(sorted(missing))} table yet (run `spbe extract`)"
        )
    return {
        "summary": summary(con),
        "open": open_conflicts(con),
        "band_mismatches": band_mismatches(con),
        "problems": validation_problems(con),
        "decided": decided_conflicts(con),
        "coverage": coverage(con),
        "trends": province_trends(con),
    }


# -- rendering --------------------------------------------------------------------------------

CSS = """
:root { --fg:#1d2433; --muted:#5b6475; --line:#d9dee7; --bg:#f5f7fa; --card:#fff;
  --accent:#0b5cad; --warn:#a15c00; --bad:#b3261e; }
* { box-sizing: border-box; }
body { margin:0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color:var(--fg); background:var(--bg); overflow-wrap:break-word; }
header.top { background:#12355b; color:#fff; padding:1rem 1.25rem; }
header.top h1 { margin:0 0 .25rem; font-size:1.4rem; }
header.top p { margin:0; color:#d5e2f2; font-size:.9rem; }
nav { display:flex; flex-wrap:wrap; gap:.4rem; margin-top:.75rem; }
nav a { color:#fff; background:rgba(255,255,255,.14); padding:.2rem .6rem; border-radius:1rem;
  text-decoration:none; font-size:.85rem; }
main { max-width:1200px; margin:0 auto; padding:1rem; }
section { margin:1.5rem 0; }
h2 { font-size:1.25rem; border-bottom:2px solid var(--line); padding-bottom:.3rem; }
.tiles { display:grid; grid-template-columns:repeat(auto-fill, minmax(150px, 1fr)); gap:.6rem;
  margin:0; }
.tiles div { background:var(--card); border:1px solid var(--line); border-radius:.5rem;
  padding:.6rem .8rem; }
.tiles dt { color:var(--muted); font-size:.8rem; }
.tiles dd { margin:0; font-size:1.2rem; font-weight:600; }
.tiles dd small { display:block; font-size:.8rem; font-weight:400; color:var(--muted); }
.cards { display:grid; gap:1rem; }
.card { background:var(--card); border:1px solid var(--line); border-left:5px solid var(--bad);
  border-radius:.5rem; padding:1rem; scroll-margin-top:1rem; }
.card:target { outline:3px solid var(--accent); }
.card.kind-band_mismatch { border-left-color:var(--warn); }
.card h3 { margin:0; font-size:1.1rem; display:flex; flex-wrap:wrap; gap:.5rem;
  align-items:baseline; }
.card h3 a.anchor { color:var(--muted); text-decoration:none; font-weight:400; }
.kind { font-size:.75rem; text-transform:uppercase; letter-spacing:.04em; background:#fde8e7;
  color:var(--bad); padding:.1rem .45rem; border-radius:.3rem; }
.kind.band_mismatch { background:#fff1dc; color:var(--warn); }
.meta { color:var(--muted); font-size:.85rem; margin:.3rem 0 .6rem; }
.figures { display:grid; grid-template-columns:repeat(auto-fit, minmax(260px, 1fr)); gap:.75rem; }
.figure { border:1px solid var(--line); border-radius:.4rem; padding:.6rem .75rem;
  background:#fbfcfe; }
.figure-head { display:flex; flex-wrap:wrap; gap:.4rem; align-items:baseline; }
.value { font-size:1.5rem; font-weight:700; }
.support { margin-left:auto; color:var(--muted); font-size:.85rem; }
.chip { font-size:.8rem; padding:.05rem .45rem; border-radius:.8rem; border:1px solid var(--line); }
.band-kurang { background:#fde0dc; } .band-cukup { background:#ffe9c7; }
.band-baik { background:#eef6c8; } .band-sangat-baik { background:#d3f0d6; }
.band-memuaskan { background:#d6e6fb; } .band-none { background:#eceff3; }
.chip.off { border-color:var(--warn); color:var(--warn); font-weight:600; }
ul.evidence { list-style:none; margin:.5rem 0 0; padding:0; }
ul.evidence li { border-top:1px dashed var(--line); padding:.5rem 0 .2rem; }
blockquote { margin:0 0 .3rem; padding-left:.6rem; border-left:3px solid var(--line); }
mark { background:#ffe066; padding:0 .15em; border-radius:.2em; font-weight:600; }
.source { font-size:.85rem; color:var(--muted); }
.source a { color:var(--accent); }
.url { font-family:ui-monospace, monospace; font-size:.8rem; color:var(--muted);
  overflow-wrap:anywhere; }
blockquote, .source, code { overflow-wrap:anywhere; }
.decisions { margin:.6rem 0 0; font-size:.9rem; }
details.howto { margin-top:.6rem; font-size:.85rem; }
code { font-family:ui-monospace, monospace; font-size:.85em; background:#eef1f5;
  padding:.05rem .3rem; border-radius:.25rem; }
.scroll { overflow-x:auto; background:var(--card); border:1px solid var(--line);
  border-radius:.5rem; }
table { border-collapse:collapse; width:100%; font-size:.9rem; }
th, td { text-align:left; padding:.4rem .6rem; border-bottom:1px solid var(--line);
  vertical-align:top; }
th { background:#eef1f5; font-weight:600; }
td.num { text-align:right; white-space:nowrap; }
table.stack td:nth-child(-n+3) { white-space:nowrap; }
table.stack td:nth-child(1) { white-space:normal; min-width:8rem; }
table.matrix th, table.matrix td { white-space:nowrap; }
table.matrix tbody th { position:sticky; left:0; }
td.cov { white-space:nowrap; background:linear-gradient(90deg, #cfe3f7 var(--p), transparent
  var(--p)); }
.empty { color:var(--muted); font-style:italic; }
.charts { display:grid; grid-template-columns:repeat(auto-fill, minmax(260px, 1fr)); gap:.75rem; }
figure.chart { margin:0; background:var(--card); border:1px solid var(--line); border-radius:.5rem;
  padding:.5rem; }
figure.chart figcaption { font-weight:600; font-size:.9rem; }
figure.chart svg { width:100%; height:auto; display:block; }
.legend { font-size:.8rem; color:var(--muted); }
footer { color:var(--muted); font-size:.8rem; text-align:center; padding:1rem; }
@media (max-width: 600px) {
  main { padding:.6rem; }
  table.stack thead { display:none; }
  table.stack, table.stack tbody, table.stack tr { display:block; }
  table.stack tr { border-bottom:2px solid var(--line); padding:.3rem 0; }
  table.stack td { display:grid; grid-template-columns:6.5rem 1fr; gap:.5rem; border:0;
    padding:.2rem .6rem; white-space:normal; text-align:left; min-width:0; }
  table.stack td::before { content:attr(data-label); font-weight:600; color:var(--muted);
    font-size:.8rem; }
  table.stack td:empty { display:none; }
  .card { padding:.75rem; }
  .value { font-size:1.3rem; }
  th, td { padding:.35rem .4rem; }
}
"""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _source_line(m: Mention | Problem) -> str:
    """Title (linked when safe), outlet, publication date and role of one fact's article."""
    parts = [link(m.url, m.title or "(untitled article)")]
    parts.append(esc(m.source or "unknown outlet"))
    parts.append(esc(m.published.isoformat() if m.published else "date unknown"))
    if m.role != "actual":
        parts.append(f"quoted as {esc(m.role)}")
    return " · ".join(parts)


def _render_summary(s: dict[str, Any], generated: datetime) -> str:
    run = s["run"]
    run_text = "no crawl yet"
    if run:
        run_text = (
            f"{esc(fmt_time(run['started']))}"
            f"<small>{esc(run['status'])}, run {esc(run['run_id'])}</small>"
        )
    years = s["years"]
    years_text = f"{years[0]}–{years[-1]}" if years else "none"
    statuses = ", ".join(f"{n} {esc(k)}" for k, n in s["by_status"].items()) or "none"
    kinds = ", ".join(f"{n} {esc(KIND_LABEL.get(k, k))}" for k, n in s["open_by_kind"].items())
    tiles = [
        ("Last crawl", run_text),
        ("Articles", f"{s['articles']}<small>{s['mentions']} facts</small>"),
        ("Bodies covered", f"{s['bodies']}<small>{s['scores']} body-years</small>"),
        ("Evaluation years", f"{esc(years_text)}<small>{len(years)} year(s) with scores</small>"),
        ("Scores by status", f"{s['scores']}<small>{statuses}</small>"),
        (
            "Open conflicts",
            f"{sum(s['open_by_kind'].values())}<small>{kinds or 'nothing to review'}</small>",
        ),
        ("Decisions", f"{s['decisions']}<small>recorded by reviewers</small>"),
    ]
    body = "".join(f"<div><dt>{esc(k)}</dt><dd>{v}</dd></div>" for k, v in tiles)
    return (
        '<section id="summary"><h2>Summary</h2>'
        f'<dl class="tiles">{body}</dl>'
        f'<p class="meta">Report generated {esc(fmt_time(generated))}.</p></section>'
    )


def _render_mention(m: Mention) -> str:
    return (
        f"<li><blockquote>{highlight(m.evidence, m.value, m.predikat)}</blockquote>"
        f'<div class="source">{_source_line(m)} · <code>{esc(m.mention_id)}</code></div></li>'
    )


def _render_figure(c: Conflict, fig: Figure) -> str:
    stated = ", ".join(fig.predikat)
    band = fig.band if fig.value is not None else None
    chips = []
    if stated:
        chips.append(f'<span class="chip {_band_class(fig.predikat[0])}">{esc(stated)}</span>')
    if fig.value is not None:
        off = " off" if fig.predikat and band not in fig.predikat else ""
        band_text = band or f"no SPBE band for {c.year}"
        chips.append(f'<span class="chip {_band_class(band)}{off}">band: {esc(band_text)}</span>')
    value = fmt_value(fig.value) if fig.value is not None else esc(stated or "?")
    support = _plural(fig.n_articles, "article")
    items = "".join(_render_mention(m) for m in fig.mentions)
    return (
        '<div class="figure"><div class="figure-head">'
        f'<span class="value">{value}</span>{"".join(chips)}'
        f'<span class="support">{support}</span></div>'
        f'<ul class="evidence">{items}</ul></div>'
    )


def _render_decisions(c: Conflict, heading: str) -> str:
    if not c.decisions:
        return ""
    items = "".join(
        f"<li>{esc(fmt_time(d.decided_at))}: {esc(d.describe())}</li>" for d in c.decisions
    )
    return f'<div class="decisions"><strong>{esc(heading)}</strong><ul>{items}</ul></div>'


def _render_card(c: Conflict) -> str:
    cid = esc(c.conflict_id)
    kind = esc(c.kind)
    figures = "".join(_render_figure(c, f) for f in c.figures())
    example = c.mentions[0].mention_id if c.mentions else "MENTION_ID"
    howto = (
        '<details class="howto"><summary>How to decide</summary><p>'
        f"<code>spbe review resolve {cid} --accept {esc(example)} --by NAME --note WHY</code><br>"
        f"<code>spbe review resolve {cid} --value 3.42 [--predikat Baik] --by NAME --note WHY"
        f"</code><br><code>spbe review resolve {cid} --reject {esc(example)} --by NAME --note WHY"
        "</code></p></details>"
    )
    return (
        f'<article class="card kind-{kind}" id="conflict-{cid}">'
        f"<h3>{esc(c.name)} · {esc(c.year)} "
        f'<span class="kind {kind}">{esc(KIND_LABEL.get(c.kind, c.kind))}</span>'
        f'<a class="anchor" href="#conflict-{cid}" title="link to this conflict">#</a></h3>'
        f'<p class="meta">{esc(c.level or "")} · conflict <code>{cid}</code> · first seen '
        f"{esc(fmt_time(c.first_seen))} · last changed {esc(fmt_time(c.last_changed))}</p>"
        f'<div class="figures">{figures}</div>'
        f"{_render_decisions(c, 'Earlier decisions (the facts changed since):')}"
        f"{howto}</article>"
    )


def _render_open(conflicts: list[Conflict]) -> str:
    body = (
        '<div class="cards">' + "".join(_render_card(c) for c in conflicts) + "</div>"
        if conflicts
        else '<p class="empty">No open conflicts: every source agrees.</p>'
    )
    return f'<section id="conflicts"><h2>Open conflicts ({len(conflicts)})</h2>{body}</section>'


def _table(headers: list[str], rows: list[list[str]], empty: str, num: Iterable[int] = ()) -> str:
    """A table whose rows become labelled blocks on a phone (cells are safe HTML already)."""
    if not rows:
        return f'<p class="empty">{esc(empty)}</p>'
    nums = set(num)
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            # One wrapper per cell: on a phone the cell is a grid of label and content.
            f'<td data-label="{esc(h)}"{" class=num" if i in nums else ""}>'
            + (f"<div>{cell}</div>" if cell else "")
            + "</td>"
            for i, (h, cell) in enumerate(zip(headers, row, strict=True))
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<div class="scroll"><table class="stack"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def _conflict_ref(p: Problem) -> str:
    if not p.conflict_id:
        return ""
    cid = esc(p.conflict_id)
    if p.conflict_status == "open":
        return f'<a href="#conflict-{cid}">open conflict</a>'
    return f"conflict {esc(p.conflict_status)}"


def _evidence_cell(p: Problem) -> str:
    return (
        f'{highlight(p.evidence, p.value, p.predikat)}<div class="source">{_source_line(p)}</div>'
    )


def _render_band_mismatches(items: list[Problem]) -> str:
    rows = [
        [esc(p.name), esc(p.year), fmt_value(p.value), esc(p.predikat),
         f'<span class="chip {_band_class(p.band)}">{esc(p.band or "none")}</span>',
         _evidence_cell(p), _conflict_ref(p)]
        for p in items
    ]  # fmt: skip
    table = _table(
        ["Body", "Year", "Value", "Stated predikat", "Official band", "Evidence", "Conflict"],
        rows,
        "No value contradicts its stated predikat.",
        num=[2],
    )
    return (
        '<section id="band-mismatches"><h2>Band mismatches '
        f"({len(items)})</h2><p class=meta>A value and a predikat in the same sentence that "
        "contradict the official band of the year: a misprint in the article or a misreading "
        f"by the rules. These facts are kept out of scores.</p>{table}</section>"
    )


_SHOWN = 300  # a page a reviewer can still scroll; the rest are in the warehouse (query 7)


def _render_problems(items: list[Problem]) -> str:
    counts: dict[str, int] = {}
    for p in items:
        for code in p.problems:
            if code != "band_mismatch":
                counts[code] = counts.get(code, 0) + 1
    tally = ", ".join(f"{n} × {esc(PROBLEM_LABEL.get(k, k))}" for k, n in sorted(counts.items()))
    rows = [
        [esc(p.name), esc(p.year if p.year is not None else "?"), fmt_value(p.value),
         esc(p.predikat or ""), esc(", ".join(PROBLEM_LABEL.get(x, x) for x in p.problems)),
         _evidence_cell(p)]
        for p in items[:_SHOWN]
    ]  # fmt: skip
    more = f"<p class=meta>… and {len(items) - _SHOWN} more.</p>" if len(items) > _SHOWN else ""
    return (
        f'<section id="problems"><h2>Validation problems ({len(items)})</h2>'
        + (f"<p class=meta>{tally}. Kept out of scores.</p>" if tally else "")
        + _table(
            ["Body", "Year", "Value", "Predikat", "Problem", "Evidence"],
            rows,
            "No other validation problems.",
            num=[2],
        )
        + more
        + "</section>"
    )


_NOW = {"open": "reopened: a new figure arrived", "gone": "gone: the facts now agree"}


def _render_decided(conflicts: list[Conflict]) -> str:
    rows = []
    for c in conflicts:
        last = c.decisions[-1]
        state = _NOW.get(c.status, c.status)
        earlier = (
            f"<div class=meta>{len(c.decisions) - 1} earlier decision(s)</div>"
            if len(c.decisions) > 1
            else ""
        )
        ref = (
            f'<a href="#conflict-{esc(c.conflict_id)}">{esc(state)}</a>'
            if c.status == "open"
            else esc(state)
        )
        rows.append(
            [esc(c.name), esc(c.year), esc(KIND_LABEL.get(c.kind, c.kind)),
             esc(last.describe()) + earlier, esc(last.decided_by), esc(last.note or ""), ref]
        )  # fmt: skip
    table = _table(
        ["Body", "Year", "Kind", "Decision", "Who", "Why", "Now"], rows, "No decisions yet."
    )
    return f'<section id="decisions"><h2>Decisions ({len(conflicts)})</h2>{table}</section>'


def _render_coverage(cov: dict[str, Any]) -> str:
    head = "".join(f"<th>{y}</th>" for y in cov["years"])
    rows = []
    for level in cov["levels"]:
        total = cov["totals"][level]
        cells = []
        for y in cov["years"]:
            n = cov["known"].get((level, y), 0)
            pct = 100 * n / total if total else 0
            cells.append(f'<td class="num cov" style="--p:{pct:.0f}%">{n} / {total}</td>')
        rows.append(f"<tr><th>{esc(level)}</th>{''.join(cells)}</tr>")
    return (
        '<section id="coverage"><h2>Coverage</h2><p class=meta>Bodies with a known score, per '
        "level and evaluation year, out of all bodies of that level in the gazetteer.</p>"
        f'<div class="scroll"><table class="matrix"><thead><tr><th>Level</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


_BAND_COLOURS = (
    ("Kurang", 0.0, 1.8, "#fde0dc"),
    ("Cukup", 1.8, 2.6, "#ffe9c7"),
    ("Baik", 2.6, 3.5, "#eef6c8"),
    ("Sangat Baik", 3.5, 4.2, "#d3f0d6"),
    ("Memuaskan", 4.2, 5.0, "#d6e6fb"),
)


def trend_svg(name: str, points: list[tuple], years: list[int]) -> str:
    """One province's index over the evaluation years as an inline SVG line chart."""
    w, h, left, right, top, bottom = 300, 170, 28, 16, 10, 22
    pw, ph = w - left - right, h - top - bottom
    span = max(len(years) - 1, 1)

    inset = 12  # the first and last years' labels stay clear of the axis and the edge

    def x(year: int) -> float:
        return left + inset + (pw - 2 * inset) * (year - years[0]) / span

    def y(value: float) -> float:
        return top + ph * (1 - min(max(value, 0.0), 5.0) / 5)

    parts = [
        f'<svg viewBox="0 0 {w} {h}" role="img" aria-label="{esc(name)}: SPBE index by year"'
        ' xmlns="http://www.w3.org/2000/svg">'
    ]
    for label, lo, hi, colour in _BAND_COLOURS:
        parts.append(
            f'<rect x="{left}" y="{y(hi):.1f}" width="{pw}" height="{y(lo) - y(hi):.1f}"'
            f' fill="{colour}"><title>{esc(label)}</title></rect>'
        )
    for v in range(6):
        parts.append(
            f'<text x="{left - 5}" y="{y(v) + 3:.1f}" font-size="9" text-anchor="end"'
            f' fill="#5b6475">{v}</text>'
        )
    # Every year fits on the axis up to eight; beyond, every other one.
    step = 1 if len(years) <= 8 else 2
    for yr in years[::step]:
        parts.append(
            f'<text x="{x(yr):.1f}" y="{h - 6}" font-size="9" text-anchor="middle"'
            f' fill="#5b6475">{yr}</text>'
        )
    known = [(yr, v) for yr, v, _, _, _ in points if v is not None]
    for (y0, v0), (y1, v1) in zip(known, known[1:], strict=False):
        # Years without a known score in between: a dashed line, not a claim.
        dash = ' stroke-dasharray="4 3"' if y1 - y0 > 1 else ""
        parts.append(
            f'<line x1="{x(y0):.1f}" y1="{y(v0):.1f}" x2="{x(y1):.1f}" y2="{y(v1):.1f}"'
            f' stroke="#12355b" stroke-width="2"{dash}/>'
        )
    for yr, v, p, s, candidates in points:
        if v is not None:
            tip = f"{yr}: {v:.2f} {p or ''} ({s})"
            parts.append(
                f'<circle cx="{x(yr):.1f}" cy="{y(v):.1f}" r="4" fill="#12355b">'
                f"<title>{esc(tip)}</title></circle>"
                f'<text x="{x(yr):.1f}" y="{y(v) - 7:.1f}" font-size="9"'
                f' text-anchor="middle" fill="#1d2433">{v:.2f}</text>'
            )
        else:
            # A year in conflict: each candidate as a hollow red ring.
            for cv in candidates:
                tip = f"{yr}: {cv:.2f}? ({s})"
                parts.append(
                    f'<circle cx="{x(yr):.1f}" cy="{y(cv):.1f}" r="4" fill="#fff"'
                    f' stroke="#b3261e" stroke-width="2"><title>{esc(tip)}</title></circle>'
                )
    parts.append("</svg>")
    return "".join(parts)


def _render_trends(trends: dict[str, list[tuple]]) -> str:
    if not trends:
        body = '<p class="empty">No province scores yet.</p>'
    else:
        all_years = sorted({p[0] for pts in trends.values() for p in pts} | set(SPBE_YEARS))
        years = list(range(all_years[0], all_years[-1] + 1))
        charts = "".join(
            f'<figure class="chart"><figcaption>{esc(name)}</figcaption>'
            f"{trend_svg(name, pts, years)}</figure>"
            for name, pts in trends.items()
        )
        body = (
            '<p class="legend">Dots: the agreed or decided index; hollow red rings: competing '
            "figures of a year in conflict; background: the predikat bands.</p>"
            f'<div class="charts">{charts}</div>'
        )
    return f'<section id="trends"><h2>Provinces over the years</h2>{body}</section>'


def render(data: dict[str, Any], generated: datetime | None = None, title: str = "") -> str:
    """The report's HTML from `report_data`; every piece of warehouse text is escaped."""
    generated = generated or datetime.now(UTC)
    n_open = len(data["open"])
    nav = "".join(
        f'<a href="#{anchor}">{esc(label)}</a>'
        for anchor, label in (
            ("summary", "Summary"),
            ("conflicts", f"Conflicts ({n_open})"),
            ("band-mismatches", f"Band mismatches ({len(data['band_mismatches'])})"),
            ("problems", f"Validation ({len(data['problems'])})"),
            ("decisions", f"Decisions ({len(data['decided'])})"),
            ("coverage", "Coverage"),
            ("trends", "Provinces"),
        )
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # Belt and braces: even if some text escaped its escaping, no script could run.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        " style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"
        '<meta name="referrer" content="no-referrer">'
        f"<title>SPBE review report{esc(' – ' + title if title else '')}</title>"
        f"<style>{CSS}</style></head><body>"
        '<header class="top"><h1>SPBE review report</h1>'
        f"<p>{n_open} open conflict(s) to review · generated {esc(fmt_time(generated))}"
        f"{esc(' · ' + title if title else '')}</p><nav>{nav}</nav></header><main>"
        + _render_summary(data["summary"], generated)
        + _render_open(data["open"])
        + _render_band_mismatches(data["band_mismatches"])
        + _render_problems(data["problems"])
        + _render_decided(data["decided"])
        + _render_coverage(data["coverage"])
        + _render_trends(data["trends"])
        + "</main><footer>spbe-pipeline · decide with <code>spbe review resolve</code>; "
        "the next report shows the decision.</footer></body></html>\n"
    )


def build_report(db: Path) -> str:
    """The whole report as one self-contained HTML document, from the published warehouse."""
    path = Path(db)
    con = connect(path, read_only=True)  # WarehouseError: one line for the user
    try:
        data = report_data(con)
    finally:
        con.close()
    return render(data, title=path.name)


def write_report(db: Path, out: Path) -> Path:
    """Write the report to `out` atomically (a reader never sees half a file); returns `out`."""
    text = build_report(db)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.writing")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out)
    return out
