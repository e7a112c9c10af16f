"""Building small warehouses from made-up facts, for the warehouse tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spbe.extract.gazetteer import gazetteer
from spbe.extract.rules import Record
from spbe.warehouse.db import connect
from spbe.warehouse.mentions import ArticleResult, store_extractions


def record(name: str, year: int, value: float | None, predikat: str | None = None,
           role: str = "actual") -> Record:  # fmt: skip
    inst = gazetteer().resolve(name)
    return Record(inst.name, inst.code, inst.level, year, value, predikat, role,
                  evidence=f"{name} {value} {predikat}", start=0, end=10)  # fmt: skip


def fact(name: str, year: int, value: float | None, predikat: str | None, evidence: str,
         role: str = "actual") -> Record:  # fmt: skip
    """A record whose evidence is the given sentence (what the report shows and escapes)."""
    r = record(name, year, value, predikat, role)
    r.evidence, r.start, r.end = evidence, 0, len(evidence)
    return r


def add_article(db: Path, article_id: str, source: str, published: date) -> None:
    con = connect(db)
    try:
        con.execute(
            "INSERT INTO articles (article_id, url, url_normalized, source, published, text)"
            " VALUES (?, ?, ?, ?, ?, 'teks')",
            [article_id, f"https://{source}.id/{article_id}", f"{source}/{article_id}", source,
             published],
        )  # fmt: skip
    finally:
        con.close()


def load(db: Path, article_id: str, records: list[Record], source: str = "a",
         published: date = date(2024, 2, 1)) -> dict:  # fmt: skip
    """Store one article's records (creating the article if needed); returns reconcile counts."""
    con = connect(db)
    exists = con.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchall()
    con.close()
    if not exists:
        add_article(db, article_id, source, published)
    _, counts = store_extractions(
        db, [ArticleResult(article_id, None, published, "teks", records)], "test"
    )
    return counts


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = connect(db)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
