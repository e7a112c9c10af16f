"""Opening the warehouse file and upgrading its schema in place by versioned migrations."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class WarehouseError(RuntimeError):
    """The warehouse file cannot be used; the message says why in one line."""


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped with the package, in order."""
    found = []
    for entry in resources.files("spbe.warehouse.migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations this file lacks, each in its own transaction; returns those applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ DEFAULT now())"
    )
    have = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migrations():
        if version in have:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name]
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def connect(db: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and for writers, create and upgrade) the warehouse; WarehouseError if impossible."""
    path = Path(db)
    if read_only and not path.exists():
        raise WarehouseError(f"{path}: database file not found")
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"{path}: cannot create its directory ({exc.strerror})") from None
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        msg = str(exc).splitlines()[0]
        if "lock" in msg.lower():
            raise WarehouseError(f"{path}: database is in use by another process") from None
        raise WarehouseError(f"{path}: cannot open database ({msg})") from None
    except duckdb.Error as exc:
        raise WarehouseError(f"{path}: not a usable DuckDB file ({exc})") from None
    if not read_only:
        migrate(con)
    return con


# -- one writer, many readers ---------------------------------------------------------------
#
# DuckDB allows one writing process per file, and a reader cannot open a file a writer holds.
# So the pipeline never writes the file analysts open: it writes a working copy beside it
# (spbe.work.duckdb), under an exclusive lock file, and at the end of each successful stage
# publishes a consistent snapshot by copying the working file and renaming the copy over the
# published one. An analyst connected all night keeps reading the snapshot they opened
# (the old file lives on until they disconnect); the next connection sees the new one.


def work_path(db: str | Path) -> Path:
    """The pipeline's private working file for the published warehouse `db`."""
    p = Path(db)
    return p.with_name(f"{p.stem}.work{p.suffix or '.duckdb'}")


def current_path(db: str | Path) -> Path:
    """The freshest copy of the warehouse: the working file when there is one."""
    work = work_path(db)
    return work if work.exists() else Path(db)


def publish(work: Path, db: Path) -> None:
    """Atomically replace the published file by a checkpointed copy of the working file."""
    con = duckdb.connect(str(work))
    try:
        con.execute("CHECKPOINT")
    finally:
        con.close()
    tmp = db.with_name(f".{db.name}.publishing")
    shutil.copyfile(work, tmp)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, db)
    dir_fd = os.open(db.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@contextmanager
def writing(db: str | Path) -> Iterator[Path]:
    """Hold the writer's lock and yield the working file; publish it if the block succeeds."""
    db = Path(db)
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"{db}: cannot create its directory ({exc.strerror})") from None
    lock_path = db.with_name(f".{db.name}.lock")
    with lock_path.open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WarehouseError(f"{db}: another spbe process is writing it") from None
        work = work_path(db)
        if not work.exists() and db.exists():
            shutil.copyfile(db, work)  # a warehouse from before the working file existed
        yield work
        publish(work, db)


PUBLISHED_TABLES = (
    "scores", "conflicts", "review_decisions", "mentions", "instansi", "articles", "pages",
    "crawl_runs", "sources", "predikat_bands",
)  # fmt: skip


def export_parquet(db: str | Path, out_dir: str | Path) -> list[Path]:
    """Write every published table of `db` as `<table>.parquet` in `out_dir`; returns the files."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    con = connect(db, read_only=True)
    written = []
    try:
        for table in PUBLISHED_TABLES:
            path = out / f"{table}.parquet"
            con.execute(f"COPY {table} TO '{path.as_posix()}' (FORMAT parquet)")
            written.append(path)
    finally:
        con.close()
    return written


def bulk_insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[Sequence[Any]]) -> None:
    """Insert many rows fast: DuckDB reads them from a JSON Lines file (no pandas needed).

    `rows` hold every column of `table` in order; JSON columns may be dicts or JSON text.
    """
    if not rows:
        return
    described = con.execute(f"DESCRIBE {table}").fetchall()
    names = [d[0] for d in described]
    types = [d[1] for d in described]
    if len(rows) < 50:
        marks = ", ".join(["?"] * len(names))
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", [list(r) for r in rows])
        return
    json_cols = [i for i, t in enumerate(types) if t == "JSON"]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        path = fh.name
        for row in rows:
            values = list(row)
            for i in json_cols:
                if isinstance(values[i], str):
                    values[i] = json.loads(values[i])
            fh.write(json.dumps(dict(zip(names, values, strict=True)), default=str) + "\n")
    try:
        spec = ", ".join(f"'{n}': '{t}'" for n, t in zip(names, types, strict=True))
        con.execute(
            f"INSERT INTO {table} SELECT * FROM read_json(?, format = 'newline_delimited',"
            f" columns = {{{spec}}})",
            [path],
        )
    finally:
        os.unlink(path)


@contextmanager
def transaction(db: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection inside one transaction: committed if the block succeeds, else rolled back."""
    con = connect(db)
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        con.close()
