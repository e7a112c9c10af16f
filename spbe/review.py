"""Reviewers' decisions: list and show conflicts, record which figure is right.

Reading uses the published warehouse (read-only, never blocked by the nightly run); a decision
is written like every stage writes: under the writer's lock, on the working file, in one
transaction that also reconciles, then published. Decisions live in `review_decisions`, which
reconciliation reads on every later run, so they survive nightly crawls and re-extraction.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from spbe.extract.lexicon import canonical_predikat
from spbe.warehouse.db import connect, work_path, writing
from spbe.warehouse.reconcile import reconcile

PREDIKAT = ("Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan")
STATUSES = ("open", "resolved", "gone", "all")


class ReviewError(ValueError):
    """A reviewer's mistake (unknown id, bad value, ...): the message says what, in one line."""


@dataclass
class Mention:
    """One fact behind a conflict, with its evidence and the article it came from."""

    mention_id: str
    article_id: str
    value: float | None
    predikat: str | None
    role: str
    evidence: str
    valid: bool
    problems: list[str]
    band: str | None
    title: str | None
    source: str | None
    published: date | None
    url: str | None


@dataclass
class Figure:
    """One competing figure of a conflict and the mentions (articles) that state it."""

    value: float | None
    predikat: list[str]
    band: str | None
    mentions: list[Mention]

    @property
    def n_articles(self) -> int:
        """How many distinct articles support this figure."""
        return len({m.article_id for m in self.mentions})

    @property
    def label(self) -> str:
        """The figure as a reviewer reads it: "3.12 Baik", or a predikat alone."""
        parts = [] if self.value is None else [f"{self.value:.2f}"]
        return " ".join(parts + self.predikat) or "?"


@dataclass
class Decision:
    """A reviewer's decision as stored in `review_decisions`."""

    decision_id: str
    conflict_id: str
    value: float | None
    predikat: str | None
    accepted_mention: str | None
    rejected_mention: str | None
    decided_by: str
    note: str | None
    decided_at: datetime

    @property
    def action(self) -> str:
        """accept | reject | value: how the reviewer decided."""
        if self.rejected_mention:
            return "reject"
        return "accept" if self.accepted_mention else "value"

    def describe(self) -> str:
        """The decision in words (also stored as `conflicts.resolution`)."""
        figure = " ".join(
            x for x in (None if self.value is None else f"{self.value:.2f}", self.predikat) if x
        )
        if self.rejected_mention:
            what = f"rejected mention {self.rejected_mention} as an extraction error"
        elif self.accepted_mention:
            what = f"accepted {figure} from mention {self.accepted_mention}"
        else:
            what = f"decided {figure}"
        when = self.decided_at.strftime("%Y-%m-%d")
        why = f": {self.note}" if self.note else ""
        return f"{what} ({self.decided_by}, {when}){why}"


@dataclass
class Conflict:
    """A conflict with the body's name, its mentions and the decisions made on it."""

    conflict_id: str
    instansi_code: str
    name: str
    level: str | None
    year: int
    kind: str
    status: str
    candidate_values: list[float]
    candidate_predikat: list[str]
    mention_ids: list[str]
    facts_hash: str
    resolution: str | None
    first_seen: datetime
    last_changed: datetime
    mentions: list[Mention] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)

    def figures(self) -> list[Figure]:
        """The competing figures: one per value (a predikat-only mention: one per predikat)."""
        groups: dict[tuple, list[Mention]] = {}
        for m in self.mentions:
            key = ("v", m.value) if m.value is not None else ("p", m.predikat or "")
            groups.setdefault(key, []).append(m)
        out = []
        for (_, _key), ms in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            preds = sorted({m.predikat for m in ms if m.predikat})
            out.append(Figure(ms[0].value, preds, ms[0].band, ms))
        return out

    def find_mention(self, mention_id: str) -> Mention | None:
        """The conflict's mention with this id, if it is one of the conflict's."""
        return next((m for m in self.mentions if m.mention_id == mention_id), None)


# -- reading ----------------------------------------------------------------------------------

_BAND_JOIN = (
    "LEFT JOIN predikat_bands b ON b.year = m.year"
    " AND round(m.value, 2) >= b.lower_bound AND round(m.value, 2) < b.upper_bound"
)


def fetch_mentions(con: duckdb.DuckDBPyConnection, mention_ids: list[str]) -> list[Mention]:
    """These mentions with their band and article, oldest article first."""
    if not mention_ids:
        return []
    rows = con.execute(
        "SELECT m.mention_id, m.article_id, round(m.value, 2), m.predikat, m.role, m.evidence,"
        " m.valid, coalesce(m.problems, []), b.predikat, a.title, a.source, a.published, a.url"
        f" FROM mentions m LEFT JOIN articles a USING (article_id) {_BAND_JOIN}"
        " WHERE list_contains(?, m.mention_id)"
        " ORDER BY a.published NULLS LAST, m.mention_id",
        [mention_ids],
    ).fetchall()
    return [Mention(*row) for row in rows]


def fetch_conflicts(
    con: duckdb.DuckDBPyConnection, status: str = "open", conflict_id: str | None = None
) -> list[Conflict]:
    """Conflicts (with their mentions and decisions) in this status ('all': every one)."""
    where, params = [], []
    if status != "all":
        where.append("c.status = ?")
        params.append(status)
    if conflict_id is not None:
        where.append("c.conflict_id = ?")
        params.append(conflict_id)
    sql = (
        "SELECT c.conflict_id, c.instansi_code, coalesce(i.name, c.instansi_code), i.level,"
        " c.year, c.kind, c.status, coalesce(c.candidate_values, []),"
        " coalesce(c.candidate_predikat, []), c.mention_ids, c.facts_hash, c.resolution,"
        " c.first_seen, c.last_changed"
        " FROM conflicts c LEFT JOIN instansi i USING (instansi_code)"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY c.kind = 'band_mismatch', i.name, c.year, c.kind"
    )
    conflicts = [Conflict(*row) for row in con.execute(sql, params).fetchall()]
    if not conflicts:
        return []
    by_id = {c.conflict_id: c for c in conflicts}
    mentions = {
        m.mention_id: m
        for m in fetch_mentions(con, sorted({i for c in conflicts for i in c.mention_ids}))
    }
    for c in conflicts:
        c.mentions = [mentions[i] for i in c.mention_ids if i in mentions]
        c.mentions.sort(key=lambda m: (m.published or date.max, m.mention_id))
    for row in con.execute(
        "SELECT decision_id, conflict_id, value, predikat, accepted_mention, rejected_mention,"
        " decided_by, note, decided_at FROM review_decisions"
        " WHERE list_contains(?, conflict_id) ORDER BY decided_at",
        [list(by_id)],
    ).fetchall():
        by_id[row[1]].decisions.append(Decision(*row))
    return conflicts


@contextmanager
def _published(db: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the published warehouse; ReviewError when there is none."""
    path = Path(db)
    con = connect(path, read_only=True)  # WarehouseError: one line for the user
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "conflicts" not in tables:
            raise ReviewError(f"{path}: no conflicts table yet (run `spbe extract` first)")
        yield con
    finally:
        con.close()


def _match_id(con: duckdb.DuckDBPyConnection, conflict_id: str) -> str:
    """The full conflict id for an id or an unambiguous prefix of one (as git does)."""
    wanted = (conflict_id or "").strip().lower()
    if not re.fullmatch(r"[0-9a-f]{4,}", wanted):
        raise ReviewError(f"unknown conflict id '{conflict_id}' (see `spbe review list`)")
    found = [
        r[0]
        for r in con.execute(
            "SELECT conflict_id FROM conflicts WHERE starts_with(conflict_id, ?) ORDER BY 1",
            [wanted],
        ).fetchall()
    ]
    if not found:
        raise ReviewError(f"unknown conflict id '{conflict_id}' (see `spbe review list`)")
    if len(found) > 1 and wanted not in found:
        raise ReviewError(f"conflict id '{conflict_id}' is ambiguous: {', '.join(found[:5])}")
    return wanted if wanted in found else found[0]


def list_conflicts(db: str | Path, status: str = "open") -> list[Conflict]:
    """Conflicts of the published warehouse in this status (open, resolved, gone or all)."""
    if status not in STATUSES:
        raise ReviewError(f"unknown status '{status}' (one of {', '.join(STATUSES)})")
    with _published(db) as con:
        return fetch_conflicts(con, status)


def show_conflict(db: str | Path, conflict_id: str) -> Conflict:
    """One conflict of the published warehouse, by id (or unambiguous prefix)."""
    with _published(db) as con:
        return fetch_conflicts(con, "all", _match_id(con, conflict_id))[0]


# -- deciding ---------------------------------------------------------------------------------


def _predikat(name: str) -> str:
    """The canonical predikat for a name typed in any case; ReviewError otherwise."""
    found = canonical_predikat(name)
    if found is not None:
        return found
    raise ReviewError(f"unknown predikat '{name}' (one of {', '.join(PREDIKAT)})")


def _band(con: duckdb.DuckDBPyConnection, year: int, value: float) -> str | None:
    row = con.execute(
        "SELECT predikat FROM predikat_bands WHERE year = ? AND ? >= lower_bound"
        " AND ? < upper_bound",
        [year, value, value],
    ).fetchone()
    return row[0] if row else None


def _check_input(
    value: float | None,
    predikat: str | None,
    accept: str | None,
    reject: str | None,
    by: str | None,
    note: str | None,
) -> tuple[float | None, str | None, str, str]:
    """Validated (value, predikat, by, note) of a decision before the warehouse is touched."""
    by = (by or "").strip()
    if not by:
        raise ReviewError("--by is required: who decides (a name)")
    note = (note or "").strip()
    if not note:
        raise ReviewError("--note is required: why (the source you checked)")
    ways = [value is not None or predikat is not None, accept is not None, reject is not None]
    if sum(ways) != 1:
        raise ReviewError(
            "give exactly one of --value V [--predikat P], --accept MENTION_ID, --reject MENTION_ID"
        )
    if value is not None:
        if not math.isfinite(value) or not 0 <= value <= 5:
            raise ReviewError(f"--value {value:g} is outside the SPBE index range 0-5")
        value = round(value, 2)
    if predikat is not None:
        predikat = _predikat(predikat)
    return value, predikat, by, note


def resolve(
    db: str | Path,
    conflict_id: str,
    *,
    value: float | None = None,
    predikat: str | None = None,
    accept: str | None = None,
    reject: str | None = None,
    by: str | None,
    note: str | None,
) -> dict[str, Any]:
    """Record a reviewer's decision on a conflict, reconcile and publish; returns the outcome."""
    value, predikat, by, note = _check_input(value, predikat, accept, reject, by, note)
    db = Path(db)
    if not db.exists() and not work_path(db).exists():
        raise ReviewError(f"{db}: database file not found (run `spbe crawl` and `spbe extract`)")
    with writing(db) as work:
        con = connect(work)
        try:
            con.execute("BEGIN TRANSACTION")
            result = _decide(con, conflict_id, value, predikat, accept, reject, by, note)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            con.close()
    return result


def _decide(
    con: duckdb.DuckDBPyConnection,
    conflict_id: str,
    value: float | None,
    predikat: str | None,
    accept: str | None,
    reject: str | None,
    by: str,
    note: str,
) -> dict[str, Any]:
    """The decision inside the caller's transaction: validate, store, reconcile."""
    c = fetch_conflicts(con, "all", _match_id(con, conflict_id))[0]
    where = f"{c.name} {c.year}"
    if c.status == "gone":
        raise ReviewError(f"conflict {c.conflict_id} ({where}) is gone: its facts now agree")
    chosen = accept or reject
    mention = c.find_mention(chosen) if chosen else None
    if chosen and mention is None:
        ids = ", ".join(c.mention_ids) or "none"
        raise ReviewError(f"mention '{chosen}' is not part of conflict {c.conflict_id} ({ids})")
    if accept and mention is not None:
        value = mention.value
        predikat = mention.predikat or (mention.band if value is not None else None)
        if value is not None and mention.band and predikat != mention.band:
            # A band mismatch contradicts itself: the reviewer must say which half is right.
            raise ReviewError(
                f"mention {mention.mention_id} states {value:.2f} with {predikat}, but"
                f" {value:.2f} is {mention.band} in {c.year}: give --value V [--predikat P]"
                " or --reject it"
            )
    elif not reject:
        if value is None and c.candidate_values:
            raise ReviewError(
                f"conflict {c.conflict_id} ({where}) is about reported values"
                f" ({', '.join(f'{v:.2f}' for v in c.candidate_values)}): give --value or --accept"
            )
        band = _band(con, c.year, value) if value is not None else None
        if predikat is not None and band is not None and predikat != band:
            raise ReviewError(
                f"--predikat {predikat} contradicts the official band of {value:.2f}"
                f" in {c.year} ({band})"
            )
        predikat = predikat or band
    now = datetime.now(UTC)
    decision = Decision(
        uuid.uuid4().hex[:16], c.conflict_id, value, predikat, accept, reject, by, note, now
    )
    con.execute(
        "INSERT INTO review_decisions (decision_id, conflict_id, instansi_code, year, value,"
        " predikat, accepted_mention, rejected_mention, decided_by, note, decided_at, facts_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [decision.decision_id, c.conflict_id, c.instansi_code, c.year, value, predikat, accept,
         reject, by, note, now, c.facts_hash],
    )  # fmt: skip
    if reject:
        # An extraction error settles nothing by itself: reconciliation, which now leaves the
        # mention out, decides whether the remaining facts still disagree.
        con.execute(
            "UPDATE conflicts SET resolution = ? WHERE conflict_id = ?",
            [decision.describe(), c.conflict_id],
        )
    else:
        con.execute(
            "UPDATE conflicts SET status = 'resolved', resolution = ?, last_changed = ?"
            " WHERE conflict_id = ?",
            [decision.describe(), now, c.conflict_id],
        )
    reconcile(con)
    status = con.execute(
        "SELECT status FROM conflicts WHERE conflict_id = ?", [c.conflict_id]
    ).fetchone()
    score = con.execute(
        "SELECT value, predikat, status FROM scores WHERE instansi_code = ? AND year = ?",
        [c.instansi_code, c.year],
    ).fetchone()
    return {
        "decision_id": decision.decision_id,
        "conflict_id": c.conflict_id,
        "instansi_code": c.instansi_code,
        "name": c.name,
        "year": c.year,
        "kind": c.kind,
        "action": decision.action,
        "value": value,
        "predikat": predikat,
        "accepted_mention": accept,
        "rejected_mention": reject,
        "resolution": decision.describe(),
        "conflict_status": status[0] if status else None,
        "score": dict(zip(("value", "predikat", "status"), score, strict=True)) if score else None,
    }
