"""Reconciliation: the mentions of many articles become one score per body and year.

Valid `actual` and `previous` mentions count; targets never make or break a score. A
predikat-only mention agrees with a value in its band. Disagreements become conflicts with
stable ids (body, year, kind), so reviewers' work survives every nightly run; a reviewer's
decision makes the score `resolved` until a new, different figure reopens the conflict.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import duckdb

from spbe.warehouse.db import bulk_insert

_FACTS = """
    SELECT m.mention_id, m.article_id, m.instansi_code, m.year, round(m.value, 2) AS value,
           m.predikat, a.published, a.source
    FROM mentions m JOIN articles a USING (article_id)
    WHERE m.valid AND m.role IN ('actual', 'previous') AND m.year IS NOT NULL
      AND m.mention_id NOT IN (
          SELECT rejected_mention FROM review_decisions WHERE rejected_mention IS NOT NULL)
"""

_GROUPS = f"""
    WITH facts AS ({_FACTS}),
    banded AS (
        SELECT f.*, b.predikat AS band
        FROM facts f LEFT JOIN predikat_bands b
          ON b.year = f.year AND f.value >= b.lower_bound AND f.value < b.upper_bound
    )
    SELECT instansi_code, year,
           list(DISTINCT value ORDER BY value) FILTER (value IS NOT NULL) AS vals,
           list(DISTINCT predikat ORDER BY predikat) FILTER (predikat IS NOT NULL) AS preds,
           list(DISTINCT band) FILTER (band IS NOT NULL) AS bands,
           count(DISTINCT article_id) AS n_articles,
           count(*) AS n_mentions,
           min(published) AS first_reported,
           list(DISTINCT source ORDER BY source) AS sources,
           list(mention_id ORDER BY mention_id) AS mention_ids,
           list(DISTINCT coalesce(CAST(value AS VARCHAR), '') || '|' || coalesce(predikat, '')
                ORDER BY 1) AS facts
    FROM banded GROUP BY instansi_code, year
"""


def _id(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _kind(vals: list[float], preds: list[str], bands: list[str]) -> str | None:
    """Why a body-year's figures disagree, or None when they agree."""
    if len(vals) > 1:
        return "value_disagreement"
    if len(vals) == 1:
        # A predikat-only mention agrees with a value in its band.
        if any(p not in bands for p in preds):
            return "predikat_disagreement"
        return None
    return "predikat_disagreement" if len(preds) > 1 else None


def _upsert_conflicts(con: duckdb.DuckDBPyConnection, rows: list[list]) -> None:
    """Insert new conflicts; update known ones only when their facts or status changed."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS found_conflicts AS FROM conflicts LIMIT 0")
    con.execute("DELETE FROM found_conflicts")
    bulk_insert(con, "found_conflicts", rows)
    con.execute(
        "INSERT INTO conflicts SELECT * FROM found_conflicts"
        " ON CONFLICT (conflict_id) DO UPDATE SET mention_ids = excluded.mention_ids,"
        " candidate_values = excluded.candidate_values,"
        " candidate_predikat = excluded.candidate_predikat,"
        " facts_hash = excluded.facts_hash, status = excluded.status,"
        " last_changed = excluded.last_changed"
        " WHERE conflicts.facts_hash <> excluded.facts_hash"
        " OR conflicts.status <> excluded.status"
    )


def reconcile(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Rebuild `scores` and update `conflicts` inside the caller's transaction; returns counts."""
    now = datetime.now(UTC)
    groups = con.execute(_GROUPS).fetchall()
    decisions = {
        (r[0], r[1]): r
        for r in con.execute(
            "SELECT instansi_code, year, value, predikat, conflict_id, facts_hash, decided_at"
            # A rejection states no figure: it must not replace the decided one.
            " FROM review_decisions WHERE value IS NOT NULL OR predikat IS NOT NULL"
            " QUALIFY row_number() OVER ("
            "   PARTITION BY instansi_code, year ORDER BY decided_at DESC) = 1"
        ).fetchall()
    }
    existing = {
        r[0]: r
        for r in con.execute(
            "SELECT conflict_id, status, facts_hash, candidate_values FROM conflicts"
        ).fetchall()
    }
    seen: set[str] = set()
    score_rows = []
    conflict_rows: list[list] = []
    new_conflicts = reopened = 0
    for code, year, vals, preds, bands, n_art, n_men, first, sources, mids, facts in groups:
        vals, preds, bands = vals or [], preds or [], bands or []
        kind = _kind(vals, preds, bands)
        conflict_id = None
        status = "agreed" if n_art > 1 else "single"
        value = vals[0] if len(vals) == 1 else None
        predikat = preds[0] if len(preds) == 1 else (bands[0] if value is not None else None)
        if kind:
            conflict_id = _id(code, year, kind)
            seen.add(conflict_id)
            facts_hash = _id(*facts)
            old = existing.get(conflict_id)
            decision = decisions.get((code, year))
            state = "open"
            if old is None:
                new_conflicts += 1
            elif old[1] == "resolved" and decision is not None:
                # Still settled unless a figure arrived that was not there when decided.
                known = set(old[3] or [])
                fresh = [v for v in vals if v not in known and v != decision[2]]
                state = "open" if fresh else "resolved"
                reopened += state == "open"
            conflict_rows.append(
                [conflict_id, code, year, kind, mids, vals, preds, facts_hash, state, None, now,
                 now]
            )  # fmt: skip
            if state == "resolved":
                status, value, predikat = "resolved", decision[2], decision[3]
            else:
                status, value = "conflict", None
                predikat = preds[0] if len(preds) == 1 else None
        score_rows.append(
            (code, year, value, predikat, status, n_art, n_men, first, sources, vals, conflict_id)
        )
    # Band mismatches: a mention whose value and predikat contradict each other.
    for code, year, mids, vals, preds in con.execute(
        "SELECT instansi_code, year, list(mention_id ORDER BY mention_id),"
        " list(DISTINCT value), list(DISTINCT predikat) FROM mentions"
        " WHERE list_contains(problems, 'band_mismatch') AND mention_id NOT IN ("
        "   SELECT rejected_mention FROM review_decisions WHERE rejected_mention IS NOT NULL)"
        " GROUP BY ALL"
    ).fetchall():
        conflict_id = _id(code, year, "band_mismatch")
        seen.add(conflict_id)
        if conflict_id not in existing:
            new_conflicts += 1
        state = existing[conflict_id][1] if conflict_id in existing else "open"
        conflict_rows.append(
            [conflict_id, code, year, "band_mismatch", mids, vals, preds, _id(*mids), state,
             None, now, now]
        )  # fmt: skip
    _upsert_conflicts(con, conflict_rows)
    gone = [cid for cid, row in existing.items() if cid not in seen and row[1] == "open"]
    if gone:
        con.execute(
            "UPDATE conflicts SET status = 'gone', last_changed = ?"
            " WHERE list_contains(?, conflict_id)",
            [now, gone],
        )
    con.execute("DELETE FROM scores")
    bulk_insert(con, "scores", score_rows)
    statuses: dict[str, int] = {}
    for row in score_rows:
        statuses[row[4]] = statuses.get(row[4], 0) + 1
    open_conflicts = con.execute("SELECT count(*) FROM conflicts WHERE status = 'open'").fetchone()
    return {
        "scores": len(score_rows),
        "by_status": statuses,
        "new_conflicts": new_conflicts,
        "reopened": reopened,
        "open_conflicts": open_conflicts[0] if open_conflicts else 0,
    }
