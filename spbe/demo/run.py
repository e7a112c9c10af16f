"""`spbe demo`: serve the bundled news site on loopback and run the pipeline against it."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

# A fixed port, so that a second `spbe demo` sees the same URLs and finds nothing new.
DEMO_PORT = 18450
# Our own loopback site: politeness stays on, with short delays.
DEMO_SETTINGS = {
    "DOWNLOAD_DELAY": 0.02,
    "AUTOTHROTTLE_START_DELAY": 0.05,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 2.0,
    "SPBE_RETRY_BACKOFF_BASE": 0.5,
}
EXAMPLE_QUERIES = (
    "SELECT i.name, s.year, s.value, s.predikat, s.status FROM scores s"
    " JOIN instansi i USING (instansi_code) WHERE i.level = 'provinsi'"
    " ORDER BY s.year DESC, s.value DESC NULLS LAST LIMIT 5",
    "SELECT i.name, c.year, c.kind, c.candidate_values FROM conflicts c"
    " JOIN instansi i USING (instansi_code) WHERE c.status = 'open'",
    "SELECT status, count(*) AS body_years FROM scores GROUP BY status ORDER BY status",
)


def run_demo(args: argparse.Namespace) -> int:
    """Serve the demo site, crawl it into `args.db`, and show where the results are."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if args.verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from spbe.demo.site import DemoSite
    from spbe.flows.nightly import nightly
    from spbe.warehouse.db import connect

    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    try:
        site = DemoSite(port=DEMO_PORT).start()
    except OSError:
        site = DemoSite().start()  # the port is taken: URLs differ, so everything is new again
    try:
        sources = site.write_sources(db.parent / "demo-sources.yaml")
        if not args.quiet:
            print(f"demo: serving the demo news site at {site.base_url('kabar')} and two more")
        summary = nightly(
            sources=str(sources), db=str(db), report=str(args.report), settings=DEMO_SETTINGS
        )
    finally:
        site.stop()
    c = summary["crawl"]
    extracted = summary["extract"]
    if args.quiet:
        return 0 if c["status"] != "failed" else 1
    print(
        f"demo: crawl {c['status']}: {c['pages_fetched']} pages fetched, "
        f"{c['articles_new']} new SPBE articles stored"
        + ("" if c["articles_new"] else " (nothing new since the last demo run)")
    )
    print(f"demo: extracted {extracted['articles']} articles into {extracted['mentions']} mentions")
    print(f"demo: warehouse {db.resolve()}")
    print(f"demo: raw archive {c['run_dir']}")
    if summary.get("report"):
        print(f"demo: review report {Path(summary['report']).resolve()}")
    print("demo: try these queries (duckdb CLI, Python, DBeaver, ...):")
    con = connect(db, read_only=True)
    try:
        for sql in EXAMPLE_QUERIES:
            print(f"  {sql};")
            for row in con.execute(sql).fetchall()[:5]:
                print("     ", " | ".join("" if v is None else str(v) for v in row))
    finally:
        con.close()
    return 0 if c["status"] != "failed" else 1
