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
from spbe.warehouse.db import bulk_insert, connect, transaction
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
    """Articles never extracted or extracted by other rules than `version` (or, with
    `everything`, all of them), oldest first: new rules take effect on the next run."""
    con = connect(db)
    try:
        where = "" if everything else "WHERE e.article_id IS NULL OR e.extractor_version <> ?"
        rows = con.execute(
            "SELECT a.article_id, a.url, a.text, a.published, a.warc_file, a.warc_offset"
            " FROM articles a LEFT JOIN article_extractions e USING (article_id) "
            + where
            + " ORDER BY a.fetched_at, a.article_id",
            [] if everything else [version],
        ).fetchall()
    finally:
        con.close()
    return [ArticleSource(*row) for row in rows]


_COMPARED = (
    "mention_id, article_id, instansi_code, year, value, predikat, role, rank,"
    ' CAST(subscores AS VARCHAR), evidence, "start", "end", extractor_version, valid, problems'
)


def _stored(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, list[tuple]]:
    """The comparable content of the stored mentions of these articles, by article."""
    out: dict[str, list[tuple]] = {a: [] for a in article_ids}
    for row in con.execute(
        f"SELECT {_COMPARED} FROM mentions WHERE list_contains(?, article_id) ORDER BY mention_id",
        [article_ids],
    ).fetchall():
        out[row[1]].append(tuple(row))
    return out


def store_extractions(
    db: str | Path, results: list[ArticleResult], version: str
) -> tuple[int, dict]:
    """Replace these articles' mentions and reconcile, in one transaction.

    Returns the number of mentions the articles state and the reconciliation counts. An
    article whose facts and text are exactly what is stored is left untouched.
    """
    g = gazetteer()
    now = datetime.now(UTC)
    known = set(g.by_code)
    with transaction(db) as con:
        con.execute("DELETE FROM instansi")
        bulk_insert(con, "instansi", [list(row) for row in g.rows()])
        ids = [r.article_id for r in results]
        stored = _stored(con, ids)
        texts = dict(
            con.execute(
                "SELECT article_id, text FROM articles WHERE list_contains(?, article_id)", [ids]
            ).fetchall()
        )
        changed: list[ArticleResult] = []
        new_rows: list[list] = []
        written = 0
        for res in results:
            rows = []
            for r in res.records:
                found = problems(r, res.published, known)
                subscores = json.dumps(r.subscores or {}, separators=(",", ":"))
                rows.append(
                    [mention_id(res.article_id, r), res.article_id, r.instansi_code, r.year,
                     r.value, r.predikat, r.role, r.rank, subscores,
                     r.evidence, r.start, r.end, version, now, not found, found]
                )  # fmt: skip
            written += len(rows)
            fresh = sorted(tuple(r[:13] + r[14:]) for r in rows)
            if stored[res.article_id] == fresh and texts.get(res.article_id) == res.text:
                continue  # the same facts again: leave them (and their timestamps) alone
            changed.append(res)
            new_rows.extend(rows)
        if changed:
            changed_ids = [r.article_id for r in changed]
            con.execute("DELETE FROM mentions WHERE list_contains(?, article_id)", [changed_ids])
            bulk_insert(con, "mentions", new_rows)
            con.execute(
                "CREATE TEMP TABLE IF NOT EXISTS extracted (article_id VARCHAR,"
                " title VARCHAR, published DATE, text VARCHAR, mentions INTEGER)"
            )
            con.execute("DELETE FROM extracted")
            bulk_insert(
                con, "extracted",
                [[r.article_id, r.title, r.published, r.text, len(r.records)] for r in changed],
            )  # fmt: skip
            con.execute(
                "UPDATE articles SET title = coalesce(e.title, articles.title),"
                " published = coalesce(e.published, articles.published), text = e.text"
                " FROM extracted e WHERE articles.article_id = e.article_id"
            )
            con.execute(
                "INSERT INTO article_extractions SELECT article_id, ?, ?, mentions FROM extracted"
                " ON CONFLICT (article_id) DO UPDATE SET extractor_version ="
                " excluded.extractor_version, extracted_at = excluded.extracted_at,"
                " mentions = excluded.mentions",
                [version, now],
            )
        # Read again by newer rules with the same outcome: record the rules, or the article
        # would be taken up again on every run.
        con.execute(
            "UPDATE article_extractions SET extractor_version = ?, extracted_at = ?"
            " WHERE list_contains(?, article_id) AND extractor_version <> ?",
            [version, now, ids, version],
        )
        reconciled = reconcile(con)
    return written, reconciled
