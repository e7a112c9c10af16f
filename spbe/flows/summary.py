"""The run summary: what a pipeline run did, for the operator, the warehouse and Prefect."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from spbe.warehouse.db import connect, current_path, writing


def scores_state(db: str | Path) -> dict[tuple[str, int], tuple]:
    """(instansi_code, year) -> (value, predikat, status) of the freshest warehouse copy."""
    path = current_path(db)
    if not path.exists():
        return {}
    con = connect(path)
    try:
        rows = con.execute(
            "SELECT instansi_code, year, value, predikat, status FROM scores"
        ).fetchall()
    except duckdb.CatalogException:
        return {}
    finally:
        con.close()
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def changed_scores(before: dict, after: dict) -> int:
    """How many body-years are new or have a different value, predikat or status."""
    return sum(1 for key, state in after.items() if before.get(key) != state)


def to_markdown(s: dict[str, Any]) -> str:
    """The summary as a short Markdown report (the Prefect artifact and `spbe run` output)."""
    c = s.get("crawl") or {}
    e = s.get("extract") or {}
    r = (e.get("reconcile") or {}) if e else {}
    lines = [
        f"# SPBE {s['flow']} run: {s['status']}",
        "",
        f"- started {s['started']}, {s['seconds_total']:.1f} s in all",
    ]
    if c:
        lines.append(
            f"- pages fetched {c.get('pages_fetched', 0)}, new SPBE articles "
            f"{c.get('articles_new', 0)}, not about SPBE {c.get('pages_irrelevant', 0)}, "
            f"duplicates {c.get('duplicates', 0)}, failed fetches {c.get('pages_failed', 0)}"
        )
    if e:
        lines.append(
            f"- articles extracted {e.get('articles', 0)}, mentions {e.get('mentions', 0)} "
            f"(rules {e.get('extractor_version', '?')})"
        )
    lines.append(
        f"- scores changed {s.get('scores_changed', 0)}; conflicts new "
        f"{r.get('new_conflicts', 0)}, reopened {r.get('reopened', 0)}, open "
        f"{s.get('open_conflicts', r.get('open_conflicts', 0))}"
    )
    if s.get("report"):
        lines.append(f"- report: {s['report']}")
    errors = c.get("errors") or {}
    if errors:
        lines += ["", "## Sources with errors", ""]
        for source, messages in sorted(errors.items()):
            lines.append(f"- **{source}**: {len(messages)} problem(s); first: {messages[0]}")
    lines += ["", "## Seconds per stage", ""]
    lines += [f"- {stage}: {sec:.1f}" for stage, sec in s["seconds"].items()]
    return "\n".join(lines) + "\n"


def store_summary(db: str | Path, summary: dict[str, Any], markdown: str) -> None:
    """Keep the summary in the warehouse (`run_summaries`) and publish it."""
    with writing(db) as work:
        con = connect(work)
        try:
            con.execute(
                "INSERT OR REPLACE INTO run_summaries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [summary["flow_run_id"], summary["flow"],
                 datetime.fromisoformat(summary["started"]),
                 datetime.fromisoformat(summary["finished"]), summary["status"],
                 (summary.get("crawl") or {}).get("run_id"),
                 json.dumps(summary, default=str), markdown],
            )  # fmt: skip
        finally:
            con.close()
