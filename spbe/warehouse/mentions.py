"""Writing extracted facts: the gazetteer table and each article's mentions, atomically."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from spbe.extract.gazetteer import gazetteer
from spbe.extract.rules import Record
from spbe.extract.validate import problems
from spbe.warehouse.db import connect
from spbe.warehouse.reconcile import reconcile


@dataclass
class ArticleSource:
    """Where an article's page can be read again: its archive record, else its stored text."""

    article_id: str
    url: str
    text: str | None
    published: date | None
    warc_file: str | None
    warc_offset: int | None


@dataclass
class ArticleResult:
    """What extraction made of one article, ready to be stored."""

    article_id: str
    title: str | None
    published: date | None
    text: str
    records: list[Record]


def mention_id(article_id: str, r: Record) -> str:
    """Stable id of a fact: the same article, body, year and role give the same id."""
    key = f"{article_id}|{r.instansi_code}|{r.year}|{r.role}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def articles_to_extract(db: str | Path, everything: bool, version: str) -> list[ArticleSource]:
    """Articles never extracted (or, with `everything`, all of them), oldest first."""
    con = connect(db)
    try:
        where = "" if everything else "WHERE e.article_id IS NULL"
        rows = con.execute(
            "SELECT a.article_id, a.url, a.text, a.published, a.warc_file, a.warc_offset"
            " FROM articles a LEFT JOIN article_extractions e USING (article_id) "
            + where
            + " ORDER BY a.fetched_at, a.article_id"
        ).fetchall()
    finally:
        con.close()
    return [ArticleSource(*row) for row in rows]


_COMPARED = (
    "mention_id, article_id, instansi_code, year, value, predikat, role, rank,"
    ' CAST(subscores AS VARCHAR), evidence, "start", "end", extractor_version, valid, problems'
)


def _unchanged(
    con: duckdb.DuckDBPyConnection, res: ArticleResult, rows: list, version: str
) -> bool:
    """True when the article's stored mentions and text are exactly what we would write."""
    stored = con.execute(
        f"SELECT {_COMPARED} FROM mentions WHERE article_id = ? ORDER BY mention_id",
        [res.article_id],
    ).fetchall()
    fresh = sorted(tuple(r[:13] + r[14:]) for r in rows)
    same_text = con.execute(
        "SELECT text = ? FROM articles WHERE article_id = ?", [res.text, res.article_id]
    ).fetchone()
    return [tuple(r) for r in stored] == fresh and bool(same_text and same_text[0])


def store_extractions(
    db: str | Path, results: list[ArticleResult], version: str
) -> tuple[int, dict]:
    """Replace these articles' mentions and reconcile, in one transaction.

    Returns the number of mentions written and the reconciliation counts.
    """
    g = gazetteer()
    now = datetime.now(UTC)
    con = connect(db)
    written = 0
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute("DELETE FROM instansi")
        con.executemany(
            "INSERT INTO instansi VALUES (?, ?, ?, ?, ?)", [list(row) for row in g.rows()]
        )
        known = set(g.by_code)
        for res in results:
            rows = []
            for r in res.records:
                found = problems(r, res.published, known)
                rows.append(
                    [mention_id(res.article_id, r), res.article_id, r.instansi_code, r.year,
                     r.value, r.predikat, r.role, r.rank, json.dumps(r.subscores or {}),
                     r.evidence, r.start, r.end, version, now, not found, found]
                )  # fmt: skip
            written += len(rows)
            if _unchanged(con, res, rows, version):
                continue  # the same facts again: leave them (and their timestamps) alone
            con.execute("DELETE FROM mentions WHERE article_id = ?", [res.article_id])
            con.execute(
                "UPDATE articles SET title = coalesce(?, title),"
                " published = coalesce(?, published), text = ? WHERE article_id = ?",
                [res.title, res.published, res.text, res.article_id],
            )
            if rows:
                con.executemany("INSERT INTO mentions VALUES (" + ", ".join(["?"] * 16) + ")", rows)
            con.execute(
                "INSERT INTO article_extractions VALUES (?, ?, ?, ?) ON CONFLICT (article_id)"
                " DO UPDATE SET extractor_version = excluded.extractor_version,"
                " extracted_at = excluded.extracted_at, mentions = excluded.mentions",
                [res.article_id, version, now, len(rows)],
            )
        reconciled = reconcile(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    return written, reconciled
